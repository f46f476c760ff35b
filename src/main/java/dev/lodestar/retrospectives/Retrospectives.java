package dev.lodestar.retrospectives;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.StaleVersionException;

/**
 * Writing and reading teams' retrospectives and the learnings about their objectives. The
 * team's members and leads write them, and so do admins and champions; viewers read. A
 * closed cycle's retrospectives no longer change.
 */
@Service
@Transactional
public class Retrospectives {

	private final RetrospectiveStore store;

	private final Cycles cycles;

	private final Teams teams;

	private final Objectives objectives;

	private final Clock clock;

	Retrospectives(RetrospectiveStore store, Cycles cycles, Teams teams, Objectives objectives, Clock clock) {
		this.store = store;
		this.cycles = cycles;
		this.teams = teams;
		this.objectives = objectives;
		this.clock = clock;
	}

	/**
	 * A team's retrospective of a cycle, empty (version 0) until someone writes it; a 404
	 * for an unknown cycle or team.
	 */
	@Transactional(readOnly = true)
	public Retrospective get(CycleId cycleId, TeamId teamId) {
		this.cycles.get(cycleId);
		this.teams.get(teamId);
		return this.store.find(cycleId, teamId).orElseGet(() -> Retrospective.empty(cycleId, teamId));
	}

	/**
	 * The retrospectives written for a cycle, one query.
	 */
	@Transactional(readOnly = true)
	public List<Retrospective> ofCycle(CycleId cycleId) {
		return this.store.ofCycle(cycleId);
	}

	/**
	 * Writes a team's retrospective: the three answers replace what was there;
	 * {@code held} marks it as held (or not), {@code null} leaves that as it was.
	 */
	public Retrospective put(Actor actor, CycleId cycleId, TeamId teamId, Long expectedVersion, Answers answers) {
		Cycle cycle = this.cycles.get(cycleId);
		TeamView team = this.teams.view(teamId);
		actor.require(mayWrite(actor, team), "write this team's retrospective");
		cycle.requireOpen();
		Retrospective current = this.store.lock(cycleId, teamId).orElseGet(() -> Retrospective.empty(cycleId, teamId));
		StaleVersionException.check("retrospective", expectedVersion, current.version());
		return this.store.save(current.writtenAs(answers.worked(), answers.didNotWork(), answers.change(),
				answers.held(), actor.personId(), this.clock.instant()));
	}

	/**
	 * Writes a team's retrospective and the learnings about some of its objectives
	 * together: nothing is stored when any of it breaks a rule. A learning's broken rule
	 * names the field {@code learnings[<objective id>]}.
	 */
	public Retrospective write(Actor actor, CycleId cycleId, TeamId teamId, Long expectedVersion, Answers answers,
			Map<ObjectiveId, String> learnings) {
		FieldErrors errors = new FieldErrors();
		learnings.forEach((objective, learning) -> errors.text("learnings[" + objective + "]", learning));
		Retrospective.check(errors, answers);
		errors.throwIfAny();
		Retrospective written = put(actor, cycleId, teamId, expectedVersion, answers);
		Map<ObjectiveId, String> before = this.store.learningsOf(List.copyOf(learnings.keySet()));
		learnings.forEach((objective, learning) -> {
			String clean = (learning == null || learning.isBlank()) ? null : learning.strip();
			if (!java.util.Objects.equals(clean, before.get(objective))) {
				putLearning(actor, objective, learning);
			}
		});
		return written;
	}

	/**
	 * The learnings written about some objectives, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<ObjectiveId, String> learningsOf(Collection<ObjectiveId> objectives) {
		return this.store.learningsOf(List.copyOf(objectives));
	}

	/**
	 * What was learned about one objective, or {@code null}; a 404 for an unknown one.
	 */
	@Transactional(readOnly = true)
	public String learningOf(ObjectiveId objectiveId) {
		this.objectives.get(objectiveId);
		return this.store.learningsOf(List.of(objectiveId)).get(objectiveId);
	}

	/**
	 * Writes what a team learned about one of its objectives ({@code null} or blank
	 * clears it); any team that owns a shared objective may. Company-wide objectives are
	 * for admins and champions.
	 */
	public String putLearning(Actor actor, ObjectiveId objectiveId, String learning) {
		Objective objective = this.objectives.get(objectiveId);
		boolean allowed = (objective.teamId() != null)
				? objective.teamIds().stream().anyMatch((team) -> mayWrite(actor, this.teams.view(team)))
				: actor.mayWrite() && actor.runsProgram();
		actor.require(allowed, "write learnings about this objective");
		this.objectives.cycleOf(objective).requireOpen();
		FieldErrors errors = new FieldErrors();
		String clean = errors.text("learning", learning);
		errors.throwIfAny();
		this.store.putLearning(objectiveId, clean, actor.personId(), this.clock.instant());
		return clean;
	}

	/** Members and leads of the team, admins and champions; never a viewer. */
	public static boolean mayWrite(Actor actor, TeamView team) {
		return actor.mayWrite() && (actor.runsProgram() || team.memberIds().contains(actor.personId())
				|| team.leadIds().contains(actor.personId()));
	}

	/**
	 * What a team answers in its retrospective, and whether it was held ({@code null}: as
	 * it was).
	 */
	public record Answers(String worked, String didNotWork, String change, Boolean held) {
	}

}
