package dev.lodestar.organization;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import dev.lodestar.shared.FieldErrors;

/**
 * A unit of the organisation that owns OKRs. Teams form a tree through their parent
 * (company &gt; department &gt; team, any depth); a team without a parent sits at the
 * top.
 */
public record Team(@Id TeamId id, String name, TeamId parentId, Instant createdAt, @Version Long version) {

	public static Team create(String name, TeamId parentId, Instant now) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		errors.throwIfAny();
		return new Team(TeamId.random(), clean, parentId, now, null);
	}

	public Team withName(String name) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		errors.throwIfAny();
		return new Team(this.id, clean, this.parentId, this.createdAt, this.version);
	}

	public Team withParent(TeamId parentId) {
		return new Team(this.id, this.name, parentId, this.createdAt, this.version);
	}

}
