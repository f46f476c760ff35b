package dev.lodestar.objectives;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.StaleVersionException;

/**
 * Adding, changing and removing key results. The objective's editors change its key
 * results; an owner changes their own. Check-ins are {@link CheckIns}'.
 */
@Service
@Transactional
public class KeyResults {

	private final KeyResultRepository keyResults;

	private final Objectives objectives;

	private final People people;

	private final Clock clock;

	private final Rollups rollups;

	private final Metrics metrics;

	KeyResults(KeyResultRepository keyResults, Objectives objectives, People people, Clock clock, Rollups rollups,
			Metrics metrics) {
		this.rollups = rollups;
		this.metrics = metrics;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.people = people;
		this.clock = clock;
	}

	public KeyResult create(Actor actor, ObjectiveId objectiveId, NewKeyResult input) {
		Objective objective = this.objectives.get(objectiveId);
		actor.require(objective.editableBy(actor), "add key results to this objective");
		Cycle cycle = this.objectives.cycleOf(objective);
		cycle.requireOpen();
		FieldErrors errors = new FieldErrors();
		requireOwner(errors, input.ownerId());
		NewKeyResult complete = fromMetric(errors, input);
		KeyResult keyResult = errors.collect(() -> KeyResult.create(objectiveId, complete.title(), complete.ownerId(),
				complete.type(), complete.startValue(), complete.targetValue(), complete.unit(), complete.weight(),
				complete.metricId(), this.clock.instant()));
		errors.throwIfAny();
		// A key result added once the cycle is scored is scored too, from its progress.
		KeyResult saved = this.keyResults
			.save((cycle.phase() == Phase.REFLECT) ? keyResult.scoredFromProgress() : keyResult);
		this.rollups.refresh(objectiveId);
		return saved;
	}

	/**
	 * A new key result for a metric takes what it leaves out from the metric: its start
	 * from the metric's latest value, its unit from the metric's.
	 */
	private NewKeyResult fromMetric(FieldErrors errors, NewKeyResult input) {
		if (input.metricId() == null) {
			return input;
		}
		Metric metric = this.metrics.trackable(errors, input.metricId());
		if (metric == null) {
			return input.tracking(null, input.startValue(), input.unit());
		}
		Double start = input.startValue();
		if (start == null && input.type() == KeyResultType.METRIC) {
			start = this.metrics.latestValues(List.of(metric.id())).get(metric.id());
			if (start == null) {
				errors.add("startValue", "is required: the metric “" + metric.name() + "” has no value yet");
				errors.throwIfAny();
			}
		}
		boolean noUnit = input.unit() == null || input.unit().isBlank();
		return input.tracking(metric.id(), start, noUnit ? metric.unit() : input.unit());
	}

	@Transactional(readOnly = true)
	public KeyResult get(KeyResultId id) {
		return this.keyResults.findById(id).orElseThrow(() -> new NotFoundException("key result", id));
	}

	/**
	 * Key results by id, in one query; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<KeyResultId, KeyResult> getAll(Collection<KeyResultId> ids) {
		Map<KeyResultId, KeyResult> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.keyResults.findAllById(ids).forEach((keyResult) -> found.put(keyResult.id(), keyResult));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<KeyResult> ofObjective(ObjectiveId id) {
		return this.keyResults.findByObjectives(List.of(id.value()));
	}

	/**
	 * The key results a person owns in some cycles, each with its objective (archived
	 * ones left out): two queries however many there are.
	 */
	@Transactional(readOnly = true)
	public List<KeyResultInContext> ownedBy(PersonId owner, Collection<CycleId> cycles) {
		if (cycles.isEmpty()) {
			return List.of();
		}
		List<KeyResult> owned = this.keyResults.findOwnedInCycles(owner.value(),
				cycles.stream().map(CycleId::value).toList());
		Map<ObjectiveId, Objective> objectives = this.objectives
			.getAll(owned.stream().map(KeyResult::objectiveId).distinct().toList());
		return owned.stream()
			.map((keyResult) -> new KeyResultInContext(keyResult, objectives.get(keyResult.objectiveId())))
			.toList();
	}

	public KeyResult update(Actor actor, KeyResultId id, Long expectedVersion, KeyResultChanges changes) {
		KeyResult keyResult = get(id);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		actor.require(keyResult.editableBy(actor, objective), "change this key result");
		StaleVersionException.check("key result", expectedVersion, keyResult.version());
		this.objectives.cycleOf(objective).requireOpen();
		FieldErrors errors = new FieldErrors();
		if (changes.ownerId() != null) {
			requireOwner(errors, changes.ownerId());
		}
		if (changes.metricId() != null && changes.metricId().isPresent()
				&& !changes.metricId().get().equals(keyResult.metricId())) {
			this.metrics.trackable(errors, changes.metricId().get());
		}
		KeyResult changed = errors.collect(() -> keyResult
			.withChanges(changes.title(), changes.ownerId(), changes.startValue(), changes.targetValue(),
					changes.unit(), changes.weight())
			.tracking((changes.metricId() != null) ? changes.metricId().orElse(null) : keyResult.metricId()));
		errors.throwIfAny();
		if (changes.changesScore()) {
			changed = rescore(changed, objective, changes);
		}
		KeyResult saved = this.keyResults.save(changed);
		this.rollups.refresh(objective.id());
		return saved;
	}

	/**
	 * Adjusts a score in reflect. A new score that differs from both the old one and the
	 * progress comes with its reason; a reason alone explains the score as it stands.
	 */
	private KeyResult rescore(KeyResult keyResult, Objective objective, KeyResultChanges changes) {
		Phase phase = this.objectives.cycleOf(objective).phase();
		if (phase != Phase.REFLECT) {
			throw new ConflictException(
					"Scores are given once the cycle reaches reflect; this cycle is in " + phase.value() + ".");
		}
		Double score = (changes.score() != null) ? changes.score() : keyResult.score();
		String reason = (changes.scoreReason() != null) ? changes.scoreReason().orElse(null) : keyResult.scoreReason();
		boolean newScore = changes.score() != null && keyResult.score() != null
				&& !Score.same(changes.score(), keyResult.score());
		if (newScore && changes.scoreReason() == null && !Score.same(changes.score(), keyResult.progress())) {
			throw dev.lodestar.shared.InvalidInputException.of("scoreReason",
					"is required with a changed score: say why it differs from the progress ("
							+ Score.format(keyResult.progress()) + ")");
		}
		return keyResult.withScore(score, reason);
	}

	/**
	 * Scores every key result of a cycle that has no score yet from its progress, in one
	 * statement: what entering reflect does.
	 */
	public int scoreCycle(CycleId cycleId) {
		return this.keyResults.scoreUnscored(cycleId.value());
	}

	public void delete(Actor actor, KeyResultId id, Long expectedVersion) {
		KeyResult keyResult = get(id);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		actor.require(objective.editableBy(actor), "remove this key result");
		StaleVersionException.check("key result", expectedVersion, keyResult.version());
		this.objectives.cycleOf(objective).requireOpen();
		this.keyResults.delete(keyResult);
		this.rollups.refresh(objective.id());
	}

	private void requireOwner(FieldErrors errors, PersonId ownerId) {
		if (ownerId != null && !this.people.exists(ownerId)) {
			errors.add("ownerId", "is not a known person");
		}
	}

	/**
	 * A key result with the objective it belongs to.
	 */
	public record KeyResultInContext(KeyResult keyResult, Objective objective) {
	}

	/**
	 * What it takes to add a key result; start, target, unit and weight are optional
	 * where the type allows.
	 */
	public record NewKeyResult(String title, PersonId ownerId, KeyResultType type, Double startValue,
			Double targetValue, String unit, Double weight, MetricId metricId) {

		public NewKeyResult(String title, PersonId ownerId, KeyResultType type, Double startValue, Double targetValue,
				String unit, Double weight) {
			this(title, ownerId, type, startValue, targetValue, unit, weight, null);
		}

		NewKeyResult tracking(MetricId metric, Double start, String unit) {
			return new NewKeyResult(this.title, this.ownerId, this.type, start, this.targetValue, unit, this.weight,
					metric);
		}

	}

	/**
	 * A partial change of a key result: a {@code null} component leaves it as it is; an
	 * empty unit clears it, and an empty metric stops tracking one.
	 */
	public record KeyResultChanges(String title, PersonId ownerId, Double startValue, Double targetValue, String unit,
			Double weight, Double score, Optional<String> scoreReason, Optional<MetricId> metricId) {

		public KeyResultChanges(String title, PersonId ownerId, Double startValue, Double targetValue, String unit,
				Double weight, Double score, Optional<String> scoreReason) {
			this(title, ownerId, startValue, targetValue, unit, weight, score, scoreReason, null);
		}

		public KeyResultChanges(String title, PersonId ownerId, Double startValue, Double targetValue, String unit,
				Double weight) {
			this(title, ownerId, startValue, targetValue, unit, weight, null, null, null);
		}

		boolean changesScore() {
			return this.score != null || this.scoreReason != null;
		}

	}

}
