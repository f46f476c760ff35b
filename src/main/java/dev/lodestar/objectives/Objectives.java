package dev.lodestar.objectives;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;

/**
 * Setting, changing and reading objectives. Leads change their teams' objectives, admins
 * and champions everyone's; nothing in a closed cycle changes.
 */
@Service
@Transactional
public class Objectives {

	private final ObjectiveRepository objectives;

	private final KeyResultRepository keyResults;

	private final JdbcAggregateTemplate aggregates;

	private final Cycles cycles;

	private final Teams teams;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Objectives(ObjectiveRepository objectives, KeyResultRepository keyResults, JdbcAggregateTemplate aggregates,
			Cycles cycles, Teams teams, Clock clock, ApplicationEventPublisher events) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.aggregates = aggregates;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
		this.events = events;
	}

	public ObjectiveView create(Actor actor, NewObjective input) {
		actor.require(Objective.settableBy(actor, input.teamId()), "set objectives for this team");
		FieldErrors errors = new FieldErrors();
		errors.required("cycleId", input.cycleId());
		if (input.cycleId() != null && !this.cycles.exists(input.cycleId())) {
			errors.add("cycleId", "is not a known cycle");
		}
		if (input.teamId() != null && !this.teams.exists(input.teamId())) {
			errors.add("teamId", "is not a known team");
		}
		checkAlignment(errors, input.alignedTo());
		Objective objective = errors.collect(() -> Objective.create(input.cycleId(), input.teamId(), input.title(),
				input.description(), input.kind(), input.alignedTo(), this.clock.instant()));
		errors.throwIfAny();
		this.cycles.get(objective.cycleId()).requireOpen();
		Objective saved = this.objectives.save(objective);
		this.events.publishEvent(new ObjectiveCreated(saved, actor.personId()));
		return new ObjectiveView(saved, List.of());
	}

	@Transactional(readOnly = true)
	public Objective get(ObjectiveId id) {
		return this.objectives.findById(id).orElseThrow(() -> new NotFoundException("objective", id));
	}

	/**
	 * Objectives by id, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<ObjectiveId, Objective> getAll(Collection<ObjectiveId> ids) {
		Map<ObjectiveId, Objective> found = new HashMap<>();
		this.objectives.findAllById(ids).forEach((objective) -> found.put(objective.id(), objective));
		return found;
	}

	/**
	 * The objectives of a cycle that are not archived and belong to the company or to one
	 * of some teams, without their key results, oldest first, in one query: what an
	 * objective of a team below those may contribute to.
	 */
	@Transactional(readOnly = true)
	public List<Objective> openOfCompanyAnd(CycleId cycleId, Collection<TeamId> teams) {
		return teams.isEmpty() ? this.objectives.findOpenCompanyWide(cycleId.value()) : this.objectives
			.findOpenOfCompanyAndTeams(cycleId.value(), teams.stream().map(TeamId::value).toList());
	}

	@Transactional(readOnly = true)
	public ObjectiveView view(ObjectiveId id) {
		Objective objective = get(id);
		return new ObjectiveView(objective, this.keyResults.findByObjectives(List.of(id.value())));
	}

	/**
	 * The objectives that contribute to an objective: those aligned to it and those
	 * aligned to one of its key results, in one query.
	 */
	@Transactional(readOnly = true)
	public List<Objective> contributorsTo(ObjectiveId id) {
		return this.objectives.findContributorsTo(id.value());
	}

	/**
	 * A page of objectives, optionally of one cycle and one team, each with its key
	 * results: three queries however long the page.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ObjectiveView> list(CycleId cycleId, TeamId teamId, Paging paging) {
		Criteria criteria = Criteria.empty();
		if (cycleId != null) {
			criteria = criteria.and("cycleId").is(cycleId);
		}
		if (teamId != null) {
			criteria = criteria.and("teamId").is(teamId);
		}
		Query query = Query.query(criteria);
		long total = this.aggregates.count(query, Objective.class);
		List<Objective> page = this.aggregates.findAll(
				query.sort(Sort.by("createdAt", "id")).limit(paging.limit()).offset(paging.offset()), Objective.class);
		return new ResultPage<>(this.keyResults.viewsOf(page), total);
	}

	public ObjectiveView update(Actor actor, ObjectiveId id, Long expectedVersion, ObjectiveChanges changes) {
		Objective objective = get(id);
		actor.require(objective.editableBy(actor), "change this objective");
		StaleVersionException.check("objective", expectedVersion, objective.version());
		Cycle cycle = this.cycles.get(objective.cycleId());
		cycle.requireOpen();
		if (changes.scoreReason() != null && cycle.phase() != Phase.REFLECT) {
			throw new ConflictException(
					"An objective's score is explained once the cycle reaches reflect; this cycle is in "
							+ cycle.phase().value() + ".");
		}
		FieldErrors errors = new FieldErrors();
		if (changes.teamId() != null) {
			TeamId team = changes.teamId().orElse(null);
			if (team != null && !this.teams.exists(team)) {
				errors.add("teamId", "is not a known team");
			}
			objective = objective.withTeam(team);
		}
		if (changes.alignedTo() != null) {
			checkAlignment(errors, changes.alignedTo().orElse(null));
		}
		errors.throwIfAny();
		actor.require(objective.editableBy(actor), "move this objective to that team");
		boolean wasPublished = objective.status() == ObjectiveStatus.PUBLISHED;
		Objective saved = this.objectives.save(apply(objective, changes));
		if (!wasPublished && saved.status() == ObjectiveStatus.PUBLISHED) {
			this.events.publishEvent(new ObjectivePublished(saved, actor.personId()));
		}
		return new ObjectiveView(saved, this.keyResults.findByObjectives(List.of(id.value())));
	}

	public void delete(Actor actor, ObjectiveId id, Long expectedVersion) {
		Objective objective = get(id);
		actor.require(objective.editableBy(actor), "remove this objective");
		StaleVersionException.check("objective", expectedVersion, objective.version());
		this.cycles.get(objective.cycleId()).requireOpen();
		this.objectives.delete(objective);
	}

	/**
	 * The cycle an objective belongs to, for the rules that depend on its phase.
	 */
	@Transactional(readOnly = true)
	public Cycle cycleOf(Objective objective) {
		return this.cycles.get(objective.cycleId());
	}

	private static Objective apply(Objective objective, ObjectiveChanges changes) {
		Objective changed = objective;
		if (changes.title() != null) {
			changed = changed.withTitle(changes.title());
		}
		if (changes.description() != null) {
			changed = changed.withDescription(changes.description().orElse(null));
		}
		if (changes.kind() != null) {
			changed = changed.withKind(changes.kind());
		}
		if (changes.alignedTo() != null) {
			changed = changed.withAlignment(changes.alignedTo().orElse(null));
		}
		if (changes.status() != null) {
			changed = changed.withStatus(changes.status());
		}
		if (changes.scoreReason() != null) {
			changed = changed.withScoreReason(changes.scoreReason().orElse(null));
		}
		return changed;
	}

	private void checkAlignment(FieldErrors errors, Alignment alignment) {
		if (alignment == null) {
			return;
		}
		boolean known = (alignment.objectiveId() != null) ? this.objectives.existsById(alignment.objectiveId())
				: this.keyResults.existsById(alignment.keyResultId());
		if (!known) {
			errors.add("alignedTo", "names no known objective or key result");
		}
	}

	/**
	 * What it takes to set an objective; the team, description, kind and alignment are
	 * optional.
	 */
	public record NewObjective(CycleId cycleId, TeamId teamId, String title, String description, ObjectiveKind kind,
			Alignment alignedTo) {
	}

	/**
	 * A partial change of an objective: a {@code null} component leaves it as it is; an
	 * empty optional clears it.
	 */
	public record ObjectiveChanges(String title, Optional<String> description, ObjectiveKind kind,
			ObjectiveStatus status, Optional<Alignment> alignedTo, Optional<TeamId> teamId,
			Optional<String> scoreReason) {

		public ObjectiveChanges(String title, Optional<String> description, ObjectiveKind kind, ObjectiveStatus status,
				Optional<Alignment> alignedTo, Optional<TeamId> teamId) {
			this(title, description, kind, status, alignedTo, teamId, null);
		}

	}

}
