package dev.lodestar.dependencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Asking another team for something and answering such a request. A lead of the asking
 * team (or a champion, or an admin) asks; a lead of the asked team (or a champion, or an
 * admin) accepts or declines, once. Nothing changes in a closed cycle. Everyone signed in
 * reads them.
 */
@Service
@Transactional
public class Dependencies {

	/** The most dependencies a team's page lists. */
	public static final int TEAM_PAGE_LIMIT = 200;

	private final DependencyStore store;

	private final Cycles cycles;

	private final Teams teams;

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dependencies(DependencyStore store, Cycles cycles, Teams teams, KeyResults keyResults, Objectives objectives,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cycles = cycles;
		this.teams = teams;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks another team for something: answers the stored dependency, requested. Every
	 * broken rule names its field; a closed cycle is a conflict.
	 */
	public Dependency request(Actor actor, NewDependency input) {
		FieldErrors errors = new FieldErrors();
		errors.required("cycleId", input.cycleId());
		errors.required("fromTeamId", input.fromTeamId());
		errors.required("toTeamId", input.toTeamId());
		if (input.fromTeamId() == null) {
			errors.throwIfAny();
		}
		actor.require(Dependency.requestableBy(actor, input.fromTeamId()), "ask other teams on behalf of this team");
		if (input.cycleId() != null && !this.cycles.exists(input.cycleId())) {
			errors.add("cycleId", "is not a known cycle");
		}
		if (!this.teams.exists(input.fromTeamId())) {
			errors.add("fromTeamId", "is not a known team");
		}
		if (input.toTeamId() != null && !input.toTeamId().equals(input.fromTeamId())
				&& !this.teams.exists(input.toTeamId())) {
			errors.add("toTeamId", "is not a known team");
		}
		checkKeyResult(errors, input);
		Dependency dependency = errors
			.collect(() -> Dependency.request(input.cycleId(), input.fromTeamId(), input.toTeamId(),
					input.keyResultId(), input.description(), input.dueDate(), actor.personId(), this.clock.instant()));
		errors.throwIfAny();
		this.cycles.get(input.cycleId()).requireOpen();
		this.store.insert(dependency);
		this.events.publishEvent(new DependencyRequested(dependency, actor.personId()));
		return dependency;
	}

	/**
	 * Accepts or declines a dependency, with an optional note; a dependency is decided
	 * once.
	 */
	public Dependency decide(Actor actor, DependencyId id, Decision decision, String note) {
		Dependency dependency = this.store.lock(id).orElseThrow(() -> new NotFoundException("dependency", id));
		actor.require(dependency.decidableBy(actor), "decide on what other teams ask of this team");
		FieldErrors errors = new FieldErrors();
		errors.required("decision", decision);
		errors.text("note", note);
		errors.throwIfAny();
		this.cycles.get(dependency.cycleId()).requireOpen();
		Dependency decided = dependency.decided(decision, note, actor.personId(), this.clock.instant());
		this.store.update(decided);
		this.events.publishEvent(new DependencyDecided(decided, actor.personId()));
		return decided;
	}

	@Transactional(readOnly = true)
	public Dependency get(DependencyId id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("dependency", id));
	}

	/**
	 * Dependencies, newest first, filtered by cycle, by a team on either side and by
	 * status (each optional): two statements.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Dependency> list(Filter filter, Paging paging) {
		return new ResultPage<>(this.store.page(filter, paging.limit(), paging.offset()), this.store.count(filter));
	}

	/**
	 * A team's dependencies in a cycle, both ways, newest first: up to
	 * {@link #TEAM_PAGE_LIMIT} of them in one statement.
	 */
	@Transactional(readOnly = true)
	public List<Dependency> ofTeam(CycleId cycle, TeamId team) {
		return this.store.page(new Filter(cycle, team, null), TEAM_PAGE_LIMIT, 0);
	}

	/**
	 * Every dependency of a cycle, newest first: one statement (a cycle's dependencies
	 * are what its alignment workshop settles, tens to hundreds).
	 */
	@Transactional(readOnly = true)
	public List<Dependency> ofCycle(CycleId cycle) {
		return this.store.page(new Filter(cycle, null, null), Integer.MAX_VALUE, 0);
	}

	/** How many dependencies of a cycle stand at each status: one statement. */
	@Transactional(readOnly = true)
	public Map<DependencyStatus, Long> countByStatus(CycleId cycle) {
		return this.store.countByStatus(cycle);
	}

	/** The teams that ask or are asked in a cycle: one statement. */
	@Transactional(readOnly = true)
	public java.util.Set<TeamId> teamsOf(CycleId cycle) {
		return this.store.teamsOf(cycle);
	}

	/**
	 * The key result, when one is named, must be one of the asking team's in the cycle.
	 */
	private void checkKeyResult(FieldErrors errors, NewDependency input) {
		if (input.keyResultId() == null) {
			return;
		}
		boolean known = !errors.has("cycleId") && !errors.has("fromTeamId");
		KeyResult keyResult = this.keyResults.getAll(List.of(input.keyResultId())).get(input.keyResultId());
		if (keyResult == null) {
			errors.add("keyResultId", "is not a known key result");
			return;
		}
		Objective objective = this.objectives.get(keyResult.objectiveId());
		if (known && (!objective.cycleId().equals(input.cycleId())
				|| !objective.teamIds().contains(input.fromTeamId()))) {
			errors.add("keyResultId", "must be a key result of one of fromTeamId's objectives in cycleId");
		}
	}

	/**
	 * What a team asks another for.
	 */
	public record NewDependency(CycleId cycleId, TeamId fromTeamId, TeamId toTeamId, String description,
			KeyResultId keyResultId, LocalDate dueDate) {
	}

	/**
	 * Which dependencies to list; a {@code null} component does not filter.
	 *
	 * @param teamId a team that asks or is asked
	 */
	public record Filter(CycleId cycleId, TeamId teamId, DependencyStatus status) {
	}

}
