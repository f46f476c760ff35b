package dev.lodestar.objectives;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Program;
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

	private final JdbcClient jdbc;

	private final ObjectiveTeams owners;

	private final Cycles cycles;

	private final Teams teams;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ObjectiveLinks links;

	private final Rollups rollups;

	private final Program program;

	Objectives(ObjectiveRepository objectives, KeyResultRepository keyResults, JdbcClient jdbc, Cycles cycles,
			Teams teams, Clock clock, ApplicationEventPublisher events, ObjectiveLinks links, ObjectiveTeams owners,
			Rollups rollups, Program program) {
		this.objectives = objectives;
		this.program = program;
		this.owners = owners;
		this.keyResults = keyResults;
		this.links = links;
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
		this.events = events;
	}

	public ObjectiveView create(Actor actor, NewObjective input) {
		List<TeamId> owners = (input.teamIds() != null) ? input.teamIds()
				: (input.teamId() != null) ? List.of(input.teamId()) : List.of();
		actor.require(
				owners.isEmpty() ? Objective.settableBy(actor, null)
						: owners.stream().anyMatch((team) -> Objective.settableBy(actor, team)),
				"set objectives for this team");
		FieldErrors errors = new FieldErrors();
		errors.required("cycleId", input.cycleId());
		if (input.cycleId() != null && !this.cycles.exists(input.cycleId())) {
			errors.add("cycleId", "is not a known cycle");
		}
		checkOwners(errors, input.teamId(), input.teamIds());
		Links links = (input.links() != null) ? input.links() : Links.none();
		links.errors().list().forEach((error) -> errors.add(error.field(), error.message()));
		Objective objective = errors.collect(() -> Objective
			.create(input.cycleId(), null, input.title(), input.description(), input.kind(), this.clock.instant())
			.withTeams(owners));
		if (objective != null && !links.contributions().isEmpty()) {
			lockLinksOf(objective.cycleId());
			checkLinks(errors, objective, links, List.of());
		}
		errors.throwIfAny();
		this.cycles.get(objective.cycleId()).requireOpen();
		Objective saved = this.objectives.save(objective);
		if (saved.isShared()) {
			this.owners.replace(saved);
		}
		if (!links.contributions().isEmpty()) {
			this.links.replace(saved.id(), links.contributions());
			this.rollups.refresh(saved.id());
		}
		this.events.publishEvent(new ObjectiveCreated(saved, actor.personId()));
		return new ObjectiveView(saved, List.of(), links.contributions());
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
		return new ObjectiveView(objective, this.keyResults.findByObjectives(List.of(id.value())),
				linksOf(objective.id()));
	}

	/**
	 * What some objectives contribute to, each list in its order (an objective without
	 * links is left out): one query.
	 */
	@Transactional(readOnly = true)
	public Map<ObjectiveId, List<Contribution>> contributionsOf(Collection<ObjectiveId> ids) {
		return this.links.of(ids);
	}

	/**
	 * The objectives that contribute to some objectives or key results, each with the
	 * link (what it contributes to, with what weight) and its own progress, oldest first:
	 * what an objective's page lists as contributions, and where a roll-up's progress
	 * comes from. Three queries, however many.
	 */
	@Transactional(readOnly = true)
	public List<Contributor> contributorsInto(Collection<ObjectiveId> objectives, Collection<KeyResultId> keyResults) {
		List<ObjectiveLinks.Incoming> incoming = this.links.into(objectives, keyResults);
		List<ObjectiveId> from = incoming.stream().map(ObjectiveLinks.Incoming::from).distinct().toList();
		Map<ObjectiveId, Objective> found = getAll(from);
		Map<ObjectiveId, List<KeyResult>> theirs = new HashMap<>();
		if (!from.isEmpty()) {
			this.keyResults.findByObjectives(from.stream().map(ObjectiveId::value).toList())
				.forEach((kr) -> theirs.computeIfAbsent(kr.objectiveId(), (id) -> new java.util.ArrayList<>()).add(kr));
		}
		return incoming.stream()
			.filter((link) -> found.containsKey(link.from()))
			.map((link) -> new Contributor(found.get(link.from()), link.link(),
					KeyResult.progressOf(theirs.getOrDefault(link.from(), List.of()))))
			.toList();
	}

	/**
	 * The titles of what some links point at, in one query (a key result's title comes
	 * with its objective's); targets that no longer exist are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Alignment, String> titlesOf(Collection<Alignment> targets) {
		return this.links.titles(targets);
	}

	/**
	 * What an objective of a cycle may contribute to: the objectives and key results
	 * matching some words, or without words those of the company, of {@code above} (the
	 * teams above the objective's) and the shared objectives {@code team} is part of; the
	 * company's first, then the shared ones and those teams', then the rest; never the
	 * objective itself nor an archived one; at most {@code limit}. One query, however
	 * large the organisation.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CycleId cycle, TeamId team, Collection<TeamId> above, ObjectiveId except,
			String words, int limit) {
		return this.links.candidates(cycle, above.stream().map(TeamId::value).toList(),
				(team != null) ? team.value() : null, except, words, limit);
	}

	/**
	 * What some links point at: the key results they name, and the objectives they name
	 * or that own those key results. Two queries, however many links (none included, so
	 * that a page costs the same with few links as with many).
	 */
	@Transactional(readOnly = true)
	public Targets targetsOf(Collection<Contribution> links) {
		List<UUID> keyResultIds = links.stream()
			.map(Contribution::keyResultId)
			.filter(java.util.Objects::nonNull)
			.map(KeyResultId::value)
			.toList();
		Map<KeyResultId, KeyResult> keyResults = new HashMap<>();
		this.keyResults.findIn(keyResultIds.isEmpty() ? List.of(new UUID(0, 0)) : keyResultIds)
			.forEach((kr) -> keyResults.put(kr.id(), kr));
		List<UUID> objectiveIds = java.util.stream.Stream
			.concat(links.stream().map(Contribution::objectiveId).filter(java.util.Objects::nonNull),
					keyResults.values().stream().map(KeyResult::objectiveId))
			.map(ObjectiveId::value)
			.distinct()
			.toList();
		Map<ObjectiveId, Objective> objectives = new HashMap<>();
		this.objectives.findIn(objectiveIds.isEmpty() ? List.of(new UUID(0, 0)) : objectiveIds)
			.forEach((objective) -> objectives.put(objective.id(), objective));
		return new Targets(objectives, keyResults);
	}

	private List<Contribution> linksOf(ObjectiveId id) {
		return this.links.of(List.of(id)).getOrDefault(id, List.of());
	}

	/**
	 * A page of objectives, optionally of one cycle and one team, each with its key
	 * results: three queries however long the page.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ObjectiveView> list(CycleId cycleId, TeamId teamId, Paging paging) {
		List<String> conditions = new java.util.ArrayList<>(List.of("1 = 1"));
		Map<String, Object> params = new HashMap<>();
		if (cycleId != null) {
			conditions.add("o.cycle_id = :cycle");
			params.put("cycle", cycleId.value());
		}
		if (teamId != null) {
			conditions.add(ObjectiveTeams.ownedBy("o", "team"));
			params.put("team", teamId.value());
		}
		String where = String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from objective o where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Objective> page = this.jdbc
			.sql("select o.* from objective o where " + where
					+ " order by o.created_at, o.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(ObjectiveSearch::objective)
			.list();
		return new ResultPage<>(this.keyResults.viewsOf(page, this.links), total);
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
		List<TeamId> ownersBefore = objective.teamIds();
		if (changes.teamIds() != null) {
			TeamId team = (changes.teamId() != null) ? changes.teamId().orElse(null) : null;
			checkOwners(errors, team, changes.teamIds());
			objective = objective.withTeams(changes.teamIds());
		}
		else if (changes.teamId() != null) {
			TeamId team = changes.teamId().orElse(null);
			if (team != null && !this.teams.exists(team)) {
				errors.add("teamId", "is not a known team");
			}
			objective = objective.withTeam(team);
		}
		Links links = changes.links();
		List<Contribution> before = linksOf(id);
		if (links != null) {
			links.errors().list().forEach((error) -> errors.add(error.field(), error.message()));
			lockLinksOf(objective.cycleId());
			checkLinks(errors, objective, links, before);
		}
		errors.throwIfAny();
		actor.require(objective.editableBy(actor), "move this objective to that team");
		if (changes.status() == ObjectiveStatus.PUBLISHED && objective.status() != ObjectiveStatus.PUBLISHED
				&& this.program.settings().reviewRequired()) {
			throw new ConflictException("Objectives are reviewed before they are published in this organisation: "
					+ "submit it for review (POST /api/v1/objectives/" + id
					+ "/review with the action submit), and an approver publishes it.");
		}
		boolean wasPublished = objective.status() == ObjectiveStatus.PUBLISHED;
		Objective saved = this.objectives.save(apply(objective, changes));
		if (!saved.teamIds().equals(ownersBefore)) {
			this.owners.replace(saved);
		}
		List<Contribution> after = before;
		if (links != null) {
			after = links.contributions();
			this.links.replace(id, after);
			this.rollups.refresh(List.of(id), rollupTargets(before));
		}
		if (!wasPublished && saved.status() == ObjectiveStatus.PUBLISHED) {
			this.events.publishEvent(new ObjectivePublished(saved, actor.personId()));
		}
		return new ObjectiveView(saved, this.keyResults.findByObjectives(List.of(id.value())), after);
	}

	public void delete(Actor actor, ObjectiveId id, Long expectedVersion) {
		Objective objective = get(id);
		actor.require(objective.editableBy(actor), "remove this objective");
		StaleVersionException.check("objective", expectedVersion, objective.version());
		this.cycles.get(objective.cycleId()).requireOpen();
		List<KeyResultId> targets = rollupTargets(linksOf(id));
		this.objectives.delete(objective);
		this.rollups.refresh(List.of(), targets);
	}

	/**
	 * Moves an objective from one status to another as a step of its review: submitted
	 * ({@code draft} to {@code in-review}), approved ({@code in-review} to
	 * {@code published}, which publishes it as a direct change would) or sent back
	 * ({@code in-review} to {@code draft}). Who may take the step is the review's rule,
	 * not this one's; this one refuses ({@code 409}) an objective that is not in
	 * {@code expected} or whose cycle is closed.
	 */
	public Objective moveInReview(ObjectiveId id, ObjectiveStatus expected, ObjectiveStatus target, PersonId by) {
		Objective objective = get(id);
		this.cycles.get(objective.cycleId()).requireOpen();
		if (objective.status() != expected) {
			throw new ConflictException("The objective is " + objective.status().label() + "; only an objective "
					+ expected.label() + " can move to " + target.label() + ".");
		}
		Objective saved = this.objectives.save(objective.movedTo(target));
		if (target == ObjectiveStatus.PUBLISHED) {
			this.events.publishEvent(new ObjectivePublished(saved, by));
		}
		return saved;
	}

	/**
	 * Every objective of a cycle without its key results, oldest first, in one query.
	 */
	@Transactional(readOnly = true)
	public List<Objective> inCycle(CycleId cycleId) {
		return this.objectives.findByCycle(cycleId.value());
	}

	/**
	 * Every objective waiting for a review, oldest first, in one query.
	 */
	@Transactional(readOnly = true)
	public List<Objective> inReview() {
		return this.objectives.findInReview();
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
		if (changes.status() != null) {
			changed = changed.withStatus(changes.status());
		}
		if (changes.scoreReason() != null) {
			changed = changed.withScoreReason(changes.scoreReason().orElse(null));
		}
		return changed;
	}

	/**
	 * Serialises the changes of links in a cycle, so that two changes made at the same
	 * moment cannot close a loop that neither sees alone. The lock is an update that
	 * changes nothing, which PostgreSQL does not let conflict with the key-share locks of
	 * the objectives inserted in the cycle.
	 */
	private void lockLinksOf(CycleId cycle) {
		this.links.lockCycle(cycle);
	}

	/**
	 * The rules a link can only be checked against the others: its target exists, lies in
	 * the objective's cycle (a link kept from before a carry-over may still point to the
	 * cycle before), and does not close a loop (an objective that contributes to this
	 * one, directly, through others or through their key results, cannot be contributed
	 * to by it).
	 */
	private void checkLinks(FieldErrors errors, Objective objective, Links links, List<Contribution> before) {
		List<Contribution> list = links.contributions();
		objective.checkContributions(errors, list, links::field);
		Map<Alignment, ObjectiveLinks.Target> targets = this.links
			.targets(list.stream().map(Contribution::to).toList());
		java.util.Set<ObjectiveId> below = null;
		for (int i = 0; i < list.size(); i++) {
			Alignment to = list.get(i).to();
			ObjectiveLinks.Target target = targets.get(to);
			if (errors.has(links.field(i))) {
				continue;
			}
			if (target == null) {
				errors.add(links.targetField(i, to), "names no known objective or key result");
			}
			else if (!target.cycleId().equals(objective.cycleId())
					&& before.stream().noneMatch((kept) -> kept.to().equals(to))) {
				errors.add(links.field(i), "is in another cycle; an objective contributes only within its own cycle");
			}
			else {
				below = (below != null) ? below : this.links.below(objective.id());
				if (target.objectiveId().equals(objective.id()) || below.contains(target.objectiveId())) {
					errors.add(links.field(i),
							"would close a loop: "
									+ ((to.keyResultId() != null) ? "that key result's objective" : "that objective")
									+ " already contributes to this one, directly or through others");
				}
			}
		}
	}

	/**
	 * The rules for the owners of an objective: known teams, each once, at most
	 * {@link SharedTeams#MAX_OWNERS}; when both are sent, {@code teamId} is the first of
	 * {@code teamIds}. One query.
	 */
	private void checkOwners(FieldErrors errors, TeamId teamId, List<TeamId> teamIds) {
		if (teamIds == null) {
			if (teamId != null && !this.teams.exists(teamId)) {
				errors.add("teamId", "is not a known team");
			}
			return;
		}
		if (teamIds.size() > SharedTeams.MAX_OWNERS) {
			errors.add("teamIds", "lists " + teamIds.size() + " teams; at most " + SharedTeams.MAX_OWNERS
					+ " teams own one objective together");
			return;
		}
		if (teamId != null && (teamIds.isEmpty() || !teamId.equals(teamIds.get(0)))) {
			errors.add("teamId", "must be the first of teamIds when both are sent; send one of the two");
		}
		Map<TeamId, String> known = this.teams.names(teamIds);
		java.util.Set<TeamId> seen = new java.util.HashSet<>();
		for (int i = 0; i < teamIds.size(); i++) {
			TeamId team = teamIds.get(i);
			if (!known.containsKey(team)) {
				errors.add("teamIds[" + i + "]", "is not a known team");
			}
			else if (!seen.add(team)) {
				errors.add("teamIds[" + i + "]", "names the same team twice");
			}
		}
	}

	private List<KeyResultId> rollupTargets(List<Contribution> links) {
		return links.stream().map(Contribution::keyResultId).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * What it takes to set an objective; the team (or the teams that share it, the first
	 * as its team), description, kind and links are optional.
	 */
	public record NewObjective(CycleId cycleId, TeamId teamId, List<TeamId> teamIds, String title, String description,
			ObjectiveKind kind, Links links) {

		public NewObjective(CycleId cycleId, TeamId teamId, String title, String description, ObjectiveKind kind,
				Links links) {
			this(cycleId, teamId, null, title, description, kind, links);
		}

	}

	/**
	 * A partial change of an objective: a {@code null} component leaves it as it is; an
	 * empty optional clears it; {@code links} replace the objective's links as a whole,
	 * {@code teamIds} its owners as a whole ({@code teamId} alone replaces the first).
	 */
	public record ObjectiveChanges(String title, Optional<String> description, ObjectiveKind kind,
			ObjectiveStatus status, Links links, Optional<TeamId> teamId, List<TeamId> teamIds,
			Optional<String> scoreReason) {

		public ObjectiveChanges(String title, Optional<String> description, ObjectiveKind kind, ObjectiveStatus status,
				Links links, Optional<TeamId> teamId) {
			this(title, description, kind, status, links, teamId, null, null);
		}

	}

	/**
	 * Something an objective may contribute to: its title (a key result's with its
	 * objective's), the team it belongs to ({@code null}: the company), and whether it is
	 * (or belongs to) a shared objective the asking team is part of.
	 */
	public record Candidate(Alignment to, String title, TeamId teamId, boolean sharedWithTeam) {
	}

	/**
	 * What links point at: the objectives (named, or owning a key result named) and the
	 * key results, by id; those that no longer exist are missing.
	 */
	public record Targets(Map<ObjectiveId, Objective> objectives, Map<KeyResultId, KeyResult> keyResults) {
	}

	/**
	 * An objective that contributes to another objective or a key result: the link, with
	 * its weight, and the contributing objective's progress.
	 */
	public record Contributor(Objective objective, Contribution link, double progress) {
	}

}
