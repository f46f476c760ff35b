package dev.lodestar.objectives;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;

/**
 * A qualitative outcome a team, or the whole company when it has no team, wants in a
 * cycle, with why it matters. It starts as a draft, is published, and may be archived.
 */
public record Objective(@Id ObjectiveId id, CycleId cycleId, TeamId teamId, SharedTeams sharedWith, String title,
		String description, ObjectiveKind kind, ObjectiveStatus status, ObjectiveId carriedFrom, String scoreReason,
		String droppedReason, Instant createdAt, @Version Long version) {

	public Objective {
		sharedWith = (sharedWith != null && teamId != null) ? sharedWith : SharedTeams.NONE;
	}

	/**
	 * Objectives are aspirational unless said otherwise: stretch goals are what OKRs are
	 * for.
	 */
	public static final ObjectiveKind DEFAULT_KIND = ObjectiveKind.ASPIRATIONAL;

	public static Objective create(CycleId cycleId, TeamId teamId, String title, String description, ObjectiveKind kind,
			Instant now) {
		FieldErrors errors = new FieldErrors();
		String cleanTitle = errors.title("title", title);
		String cleanDescription = errors.text("description", description);
		errors.throwIfAny();
		return new Objective(ObjectiveId.random(), cycleId, teamId, SharedTeams.NONE, cleanTitle, cleanDescription,
				(kind != null) ? kind : DEFAULT_KIND, ObjectiveStatus.DRAFT, null, null, null, now, null);
	}

	/**
	 * Admins and champions edit every objective; a lead edits the objectives of the teams
	 * they lead, shared ones included. Company-wide objectives belong to admins and
	 * champions.
	 */
	public boolean editableBy(Actor actor) {
		return actor.runsProgram() || teamIds().stream().anyMatch(actor::leads);
	}

	/**
	 * Whether a person may set objectives for a team, or with {@code null} for the whole
	 * company: the same people who may edit them.
	 */
	public static boolean settableBy(Actor actor, TeamId teamId) {
		return actor.runsProgram() || actor.leads(teamId);
	}

	/**
	 * Every team that owns the objective, the first team first; none for a company-wide
	 * objective.
	 */
	public List<TeamId> teamIds() {
		if (this.teamId == null) {
			return List.of();
		}
		List<TeamId> owners = new java.util.ArrayList<>(1 + this.sharedWith.teams().size());
		owners.add(this.teamId);
		owners.addAll(this.sharedWith.teams());
		return List.copyOf(owners);
	}

	/**
	 * Whether several teams own the objective together.
	 */
	public boolean isShared() {
		return !this.sharedWith.isEmpty();
	}

	/**
	 * The same objective owned by some teams, the first as its team; none makes it
	 * company-wide. The teams are expected distinct.
	 */
	public Objective withTeams(List<TeamId> teams) {
		TeamId first = teams.isEmpty() ? null : teams.get(0);
		SharedTeams others = teams.isEmpty() ? SharedTeams.NONE : SharedTeams.of(teams.subList(1, teams.size()));
		return new Objective(this.id, this.cycleId, first, others, this.title, this.description, this.kind, this.status,
				this.carriedFrom, this.scoreReason, this.droppedReason, this.createdAt, this.version);
	}

	public Objective withTitle(String title) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("title", title);
		errors.throwIfAny();
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, clean, this.description, this.kind,
				this.status, this.carriedFrom, this.scoreReason, this.droppedReason, this.createdAt, this.version);
	}

	public Objective withDescription(String description) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.text("description", description);
		errors.throwIfAny();
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, this.title, clean, this.kind,
				this.status, this.carriedFrom, this.scoreReason, this.droppedReason, this.createdAt, this.version);
	}

	public Objective withKind(ObjectiveKind kind) {
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, this.title, this.description, kind,
				this.status, this.carriedFrom, this.scoreReason, this.droppedReason, this.createdAt, this.version);
	}

	/**
	 * The same objective with another first team; the teams it is shared with stay (less
	 * that team, if it was one of them). {@code null} makes it company-wide.
	 */
	public Objective withTeam(TeamId teamId) {
		if (teamId == null) {
			return withTeams(List.of());
		}
		List<TeamId> owners = new java.util.ArrayList<>(teamIds());
		owners.remove(teamId);
		if (!owners.isEmpty()) {
			owners.remove(0);
		}
		owners.add(0, teamId);
		return withTeams(owners);
	}

	/**
	 * Checks links this objective is to have: it cannot contribute to itself, nor twice
	 * to the same objective or key result. {@code field} names the link at an index.
	 */
	public void checkContributions(FieldErrors errors, List<Contribution> links, IntFunction<String> field) {
		Set<Alignment> seen = new HashSet<>();
		for (int i = 0; i < links.size(); i++) {
			Alignment target = links.get(i).to();
			if (this.id.equals(target.objectiveId())) {
				errors.add(field.apply(i), "an objective cannot contribute to itself");
			}
			else if (!seen.add(target)) {
				errors.add(field.apply(i), "names the same objective or key result twice");
			}
		}
	}

	/**
	 * The same objective with a note on why its score is what it is ({@code null} or
	 * blank clears it).
	 */
	public Objective withScoreReason(String reason) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.text("scoreReason", reason);
		errors.throwIfAny();
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, this.title, this.description,
				this.kind, this.status, this.carriedFrom, clean, this.droppedReason, this.createdAt, this.version);
	}

	/**
	 * A new draft of this objective in another cycle, for the work it left unfinished:
	 * the same title, description, kind and team, linked back to this one (its links are
	 * carried by {@link CarryOvers}).
	 */
	public Objective carriedInto(CycleId cycle, Instant now) {
		return new Objective(ObjectiveId.random(), cycle, this.teamId, this.sharedWith, this.title, this.description,
				this.kind, ObjectiveStatus.DRAFT, this.id, null, null, now, null);
	}

	/**
	 * The objective dropped on purpose: archived, with the reason it is not carried on.
	 */
	public Objective dropped(String reason) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.text("reason", reason);
		if (clean == null && !errors.has("reason")) {
			errors.add("reason", "is required: say why the objective is dropped");
		}
		errors.throwIfAny();
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, this.title, this.description,
				this.kind, ObjectiveStatus.ARCHIVED, this.carriedFrom, this.scoreReason, clean, this.createdAt,
				this.version);
	}

	/**
	 * Moves between draft, published and archived. A published objective does not go back
	 * to draft: archive it instead.
	 */
	public Objective withStatus(ObjectiveStatus target) {
		if (target == this.status) {
			return this;
		}
		if (target == ObjectiveStatus.DRAFT) {
			throw new ConflictException("The objective is " + this.status.value() + "; it cannot go back to draft.");
		}
		if (target == ObjectiveStatus.IN_REVIEW) {
			throw new ConflictException("An objective goes into review when it is submitted for review: "
					+ "POST /api/v1/objectives/" + this.id + "/review with the action submit.");
		}
		return movedTo(target);
	}

	/**
	 * The same objective in another status, whatever the rules of a direct change: the
	 * review steps, which check their own rules, move it this way.
	 */
	Objective movedTo(ObjectiveStatus target) {
		return new Objective(this.id, this.cycleId, this.teamId, this.sharedWith, this.title, this.description,
				this.kind, target, this.carriedFrom, this.scoreReason, this.droppedReason, this.createdAt,
				this.version);
	}

}
