package dev.lodestar.webhooks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * Absolute addresses of Lodestar's pages, from {@code lodestar.base-url}, for messages
 * read outside Lodestar.
 */
@Component
class Links {

	private final String base;

	Links(@Value("${lodestar.base-url}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	String keyResult(KeyResultId id) {
		return this.base + "/key-results/" + id;
	}

	String objective(ObjectiveId id) {
		return this.base + "/objectives/" + id;
	}

	String team(TeamId id, CycleId cycle) {
		return this.base + "/teams/" + id + "?cycle=" + cycle;
	}

	String dependencies(CycleId cycle) {
		return this.base + "/cycles/" + cycle + "/dependencies";
	}

	String cycles() {
		return this.base + "/cycles";
	}

}
