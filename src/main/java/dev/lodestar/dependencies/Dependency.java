package dev.lodestar.dependencies;

import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.Dates;
import dev.lodestar.shared.FieldErrors;

/**
 * One team ({@code fromTeamId}) asking another ({@code toTeamId}) for something it needs
 * in a cycle, perhaps for one of its key results and by a date. It is requested until a
 * lead of the asked team accepts or declines it, once, with an optional note.
 */
public record Dependency(DependencyId id, CycleId cycleId, TeamId fromTeamId, TeamId toTeamId, KeyResultId keyResultId,
		String description, LocalDate dueDate, DependencyStatus status, PersonId requestedBy, Instant requestedAt,
		PersonId decidedBy, Instant decidedAt, String note, long version) {

	/**
	 * A new request; the rules of its own fields are checked here (a team cannot depend
	 * on itself, the description is required, the due date is a date Lodestar keeps).
	 */
	static Dependency request(CycleId cycleId, TeamId fromTeamId, TeamId toTeamId, KeyResultId keyResultId,
			String description, LocalDate dueDate, PersonId by, Instant now) {
		FieldErrors errors = new FieldErrors();
		if (fromTeamId != null && fromTeamId.equals(toTeamId)) {
			errors.add("toTeamId", "must be another team than the asking team (fromTeamId)");
		}
		String clean = errors.text("description", description);
		if (clean == null && !errors.has("description")) {
			errors.add("description", "must not be blank");
		}
		Dates.check(errors, "dueDate", dueDate);
		errors.throwIfAny();
		return new Dependency(DependencyId.random(), cycleId, fromTeamId, toTeamId, keyResultId, clean, dueDate,
				DependencyStatus.REQUESTED, by, now, null, null, null, 0);
	}

	/**
	 * The dependency as the asked team decided it; a dependency is decided once (a second
	 * decision is a conflict).
	 */
	Dependency decided(Decision decision, String note, PersonId by, Instant now) {
		if (!isOpen()) {
			throw new ConflictException("This dependency was already " + this.status.value() + ".");
		}
		FieldErrors errors = new FieldErrors();
		errors.required("decision", decision);
		String clean = errors.text("note", note);
		errors.throwIfAny();
		return new Dependency(this.id, this.cycleId, this.fromTeamId, this.toTeamId, this.keyResultId, this.description,
				this.dueDate, decision.status(), this.requestedBy, this.requestedAt, by, now, clean, this.version + 1);
	}

	/** Whether it still waits for the asked team's answer. */
	public boolean isOpen() {
		return this.status == DependencyStatus.REQUESTED;
	}

	/** Whether it concerns a team, on either side. */
	public boolean involves(TeamId team) {
		return this.fromTeamId.equals(team) || this.toTeamId.equals(team);
	}

	/** A lead of the asking team, a champion or an admin may ask; never a viewer. */
	public static boolean requestableBy(Actor actor, TeamId fromTeam) {
		return actor.mayWrite() && (actor.runsProgram() || actor.leads(fromTeam));
	}

	/** A lead of the asked team, a champion or an admin may decide; never a viewer. */
	public boolean decidableBy(Actor actor) {
		return actor.mayWrite() && (actor.runsProgram() || actor.leads(this.toTeamId));
	}

}
