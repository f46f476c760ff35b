package dev.lodestar.retrospectives;

import java.time.Instant;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;

/**
 * A team's retrospective for one cycle. Before anyone writes it, it is empty at version
 * 0; {@code heldAt} is set when the team marks it as held.
 */
public record Retrospective(CycleId cycleId, TeamId teamId, String worked, String didNotWork, String change,
		Instant heldAt, PersonId updatedBy, Instant updatedAt, long version) {

	static Retrospective empty(CycleId cycleId, TeamId teamId) {
		return new Retrospective(cycleId, teamId, null, null, null, null, null, null, 0);
	}

	public boolean held() {
		return this.heldAt != null;
	}

	/** Whether anyone has written it yet. */
	public boolean written() {
		return this.version > 0;
	}

	/** Adds the rules the answers break to {@code errors}. */
	static void check(FieldErrors errors, Retrospectives.Answers answers) {
		errors.text("worked", answers.worked());
		errors.text("didNotWork", answers.didNotWork());
		errors.text("change", answers.change());
	}

	/**
	 * The retrospective as someone wrote it: the three answers replaced, and marked as
	 * held (or no longer held) when {@code held} says so; {@code null} leaves that as it
	 * was.
	 */
	Retrospective writtenAs(String worked, String didNotWork, String change, Boolean held, PersonId by, Instant now) {
		FieldErrors errors = new FieldErrors();
		String cleanWorked = errors.text("worked", worked);
		String cleanDidNotWork = errors.text("didNotWork", didNotWork);
		String cleanChange = errors.text("change", change);
		errors.throwIfAny();
		Instant heldAt = (held == null) ? this.heldAt : (held ? ((this.heldAt != null) ? this.heldAt : now) : null);
		return new Retrospective(this.cycleId, this.teamId, cleanWorked, cleanDidNotWork, cleanChange, heldAt, by, now,
				this.version);
	}

}
