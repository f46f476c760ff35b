package dev.lodestar.objectives;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.Text;

/**
 * A measurable sign that an objective is reached, with one owner. It knows its own
 * progress: how far the current value has come from the start towards the target, between
 * 0.0 and 1.0.
 */
public record KeyResult(@Id KeyResultId id, ObjectiveId objectiveId, String title, PersonId ownerId, KeyResultType type,
		double startValue, double targetValue, double currentValue, String unit, double weight, Integer confidence,
		Instant lastCheckInAt, Double score, String scoreReason, KeyResultId carriedFrom, MetricId metricId,
		Instant createdAt, @Version Long version) {

	static final int UNIT_MAX = 50;

	/**
	 * The largest size of a start, target, checked-in value or weight: far beyond any
	 * real measure, and small enough that progress and its weighted means stay finite.
	 */
	public static final double VALUE_LIMIT = 1e15;

	public static final int CONFIDENCE_MIN = 1;

	public static final int CONFIDENCE_MAX = 10;

	/**
	 * A new key result. Metrics need a start and a target; percentages go from 0 to 100
	 * unless told otherwise; milestones go from 0 (not done) to 1 (done). The current
	 * value starts at the start value.
	 */
	public static KeyResult create(ObjectiveId objectiveId, String title, PersonId ownerId, KeyResultType type,
			Double startValue, Double targetValue, String unit, Double weight, Instant now) {
		return create(objectiveId, title, ownerId, type, startValue, targetValue, unit, weight, null, now);
	}

	/**
	 * A new key result as
	 * {@link #create(ObjectiveId, String, PersonId, KeyResultType, Double, Double, String, Double, Instant)}
	 * makes it, tracking a metric when {@code metricId} is given: only a metric key
	 * result tracks one.
	 */
	public static KeyResult create(ObjectiveId objectiveId, String title, PersonId ownerId, KeyResultType type,
			Double startValue, Double targetValue, String unit, Double weight, MetricId metricId, Instant now) {
		FieldErrors errors = new FieldErrors();
		String cleanTitle = errors.title("title", title);
		errors.required("ownerId", ownerId);
		errors.required("type", type);
		Bounds bounds = (type != null) ? bounds(errors, type, startValue, targetValue) : new Bounds(0, 1);
		String cleanUnit = unit(errors, unit);
		double cleanWeight = weight(errors, weight);
		if (metricId != null && type != null && type != KeyResultType.METRIC) {
			errors.add("metricId", "is tracked by a metric key result only; this one is a " + type.value());
		}
		errors.throwIfAny();
		return new KeyResult(KeyResultId.random(), objectiveId, cleanTitle, ownerId, type, bounds.start(),
				bounds.target(), bounds.start(), cleanUnit, cleanWeight, null, null, null, null, null, metricId, now,
				null);
	}

	/**
	 * The same key result with some attributes changed ({@code null} leaves one as it is;
	 * the unit is cleared with an empty string). Every rule of {@link #create} holds
	 * again afterwards.
	 */
	public KeyResult withChanges(String title, PersonId ownerId, Double startValue, Double targetValue, String unit,
			Double weight) {
		FieldErrors errors = new FieldErrors();
		String cleanTitle = (title != null) ? errors.title("title", title) : this.title;
		Bounds bounds = bounds(errors, this.type, (startValue != null) ? startValue : this.startValue,
				(targetValue != null) ? targetValue : this.targetValue);
		String cleanUnit = (unit != null) ? unit(errors, unit) : this.unit;
		double cleanWeight = (weight != null) ? weight(errors, weight) : this.weight;
		errors.throwIfAny();
		double current = (this.lastCheckInAt != null || this.type == KeyResultType.ROLLUP) ? this.currentValue
				: bounds.start();
		KeyResult changed = new KeyResult(this.id, this.objectiveId, cleanTitle,
				(ownerId != null) ? ownerId : this.ownerId, this.type, bounds.start(), bounds.target(), current,
				cleanUnit, cleanWeight, this.confidence, this.lastCheckInAt, this.score, this.scoreReason,
				this.carriedFrom, this.metricId, this.createdAt, this.version);
		return changed.followsProgress() ? changed.scoredFromProgress() : changed;
	}

	/**
	 * The key result tracking a metric, or none with {@code null}; only a metric key
	 * result tracks one.
	 */
	public KeyResult tracking(MetricId metric) {
		if (java.util.Objects.equals(metric, this.metricId)) {
			return this;
		}
		if (metric != null && this.type != KeyResultType.METRIC) {
			throw dev.lodestar.shared.InvalidInputException.of("metricId",
					"is tracked by a metric key result only; this one is a " + this.type.value());
		}
		return new KeyResult(this.id, this.objectiveId, this.title, this.ownerId, this.type, this.startValue,
				this.targetValue, this.currentValue, this.unit, this.weight, this.confidence, this.lastCheckInAt,
				this.score, this.scoreReason, this.carriedFrom, metric, this.createdAt, this.version);
	}

	/**
	 * The key result after a check-in: the new current value and confidence, checked in
	 * at {@code at}. A check-in dated before the latest one (history brought in later) is
	 * kept by the caller but does not change the present.
	 */
	public KeyResult checkedIn(Double value, Integer confidence, Instant at) {
		requireCheckIns();
		FieldErrors errors = new FieldErrors();
		value(errors, "value", value);
		if (value != null && this.type == KeyResultType.MILESTONE && value != 0.0 && value != 1.0) {
			errors.add("value", "must be 0 (not done) or 1 (done) for a milestone");
		}
		checkConfidence(errors, confidence);
		errors.throwIfAny();
		if (this.lastCheckInAt != null && at.isBefore(this.lastCheckInAt)) {
			return this;
		}
		KeyResult moved = new KeyResult(this.id, this.objectiveId, this.title, this.ownerId, this.type, this.startValue,
				this.targetValue, value, this.unit, this.weight, confidence, at, this.score, this.scoreReason,
				this.carriedFrom, this.metricId, this.createdAt, this.version);
		return moved.followsProgress() ? moved.scored(moved.progress(), null) : moved;
	}

	/**
	 * Refuses a check-in on a roll-up: its progress comes from its contributors.
	 */
	public void requireCheckIns() {
		if (!this.type.takesCheckIns()) {
			throw new ConflictException("The key result “" + this.title
					+ "” is a roll-up: its progress follows the objectives that contribute to it, "
					+ "so it takes no check-ins.");
		}
	}

	/**
	 * The roll-up at a new progress (its current value, from 0 to 1), with a score that
	 * follows the progress moved along.
	 */
	KeyResult rolledUp(double progress) {
		KeyResult moved = new KeyResult(this.id, this.objectiveId, this.title, this.ownerId, this.type, 0.0, 1.0,
				progress, this.unit, this.weight, this.confidence, this.lastCheckInAt, this.score, this.scoreReason,
				this.carriedFrom, this.metricId, this.createdAt, this.version);
		return moved.followsProgress() ? moved.scored(moved.progress(), null) : moved;
	}

	/**
	 * The progress of a roll-up: the weight-averaged progress of the objectives that
	 * contribute to it; 0.0 with none.
	 */
	public static double rollUp(Collection<Share> contributors) {
		double weights = contributors.stream().mapToDouble(Share::weight).sum();
		if (weights <= 0 || !Double.isFinite(weights)) {
			return 0.0;
		}
		double sum = contributors.stream().mapToDouble((share) -> share.weight() / weights * share.progress()).sum();
		return Math.max(0.0, Math.min(1.0, sum));
	}

	/**
	 * Whether the key result has reached (or passed) its target: a done milestone, a
	 * metric or percentage at its target or beyond.
	 */
	public boolean reached() {
		return progress() >= 1.0;
	}

	/**
	 * A copy of this key result for a carried-over objective: the same title, type, unit,
	 * target, weight and owner, starting where this one stands now, with no check-ins,
	 * confidence or score, linked back to this one. One that has {@linkplain #reached()
	 * reached} its target cannot start there, and is refused.
	 */
	public KeyResult carriedInto(ObjectiveId objective, Instant now) {
		if (this.type == KeyResultType.ROLLUP) {
			return new KeyResult(KeyResultId.random(), objective, this.title, this.ownerId, this.type, 0.0, 1.0, 0.0,
					this.unit, this.weight, null, null, null, null, this.id, this.metricId, now, null);
		}
		if (reached()) {
			throw new ConflictException("The key result “" + this.title
					+ "” has reached its target, so a copy could not start where it ends; "
					+ "leave the key results that reached their target out of the copy to carry the rest over.");
		}
		return new KeyResult(KeyResultId.random(), objective, this.title, this.ownerId, this.type, this.currentValue,
				this.targetValue, this.currentValue, this.unit, this.weight, null, null, null, null, this.id,
				this.metricId, now, null);
	}

	/**
	 * Whether the key result is scored and its score is still the one its progress gives
	 * (nobody adjusted it): such a score moves with the check-ins that come during
	 * reflect.
	 */
	public boolean followsProgress() {
		return this.score != null && this.scoreReason == null;
	}

	/**
	 * The key result with a score. A score that differs from the progress needs a reason;
	 * one that equals it drops the reason, and follows the progress again.
	 */
	public KeyResult withScore(Double score, String reason) {
		FieldErrors errors = new FieldErrors();
		if (score == null || !Double.isFinite(score)) {
			errors.add("score", "is required and must be a number");
		}
		else if (score < Score.MIN || score > Score.MAX) {
			errors.add("score", "must be between 0.0 and 1.0");
		}
		String cleanReason = errors.text("scoreReason", reason);
		errors.throwIfAny();
		if (Score.same(score, progress())) {
			return scored(score, cleanReason);
		}
		if (cleanReason == null) {
			errors.add("scoreReason",
					"is required when the score differs from the progress (" + Score.format(progress()) + ")");
			errors.throwIfAny();
		}
		return scored(score, cleanReason);
	}

	/**
	 * The key result scored as its progress, as entering reflect does.
	 */
	public KeyResult scoredFromProgress() {
		return scored(progress(), null);
	}

	private KeyResult scored(Double score, String reason) {
		return new KeyResult(this.id, this.objectiveId, this.title, this.ownerId, this.type, this.startValue,
				this.targetValue, this.currentValue, this.unit, this.weight, this.confidence, this.lastCheckInAt, score,
				reason, this.carriedFrom, this.metricId, this.createdAt, this.version);
	}

	/**
	 * Confidence is a whole number from 1 (surely missed) to 10 (surely met).
	 */
	public static void checkConfidence(FieldErrors errors, Integer confidence) {
		if (confidence == null) {
			errors.add("confidence", "is required");
		}
		else if (confidence < CONFIDENCE_MIN || confidence > CONFIDENCE_MAX) {
			errors.add("confidence", "must be between " + CONFIDENCE_MIN + " and " + CONFIDENCE_MAX);
		}
	}

	/**
	 * How far the key result has come, from 0.0 at the start value to 1.0 at the target;
	 * a value beyond the target counts as 1.0, a falling metric counts down.
	 */
	public double progress() {
		return progress(this.startValue, this.targetValue, this.currentValue);
	}

	/**
	 * The progress of a value between a start and a target, as {@link #progress()}
	 * reckons it: for read models that have the figures but not the key result.
	 */
	public static double progress(double startValue, double targetValue, double currentValue) {
		double share = (currentValue - startValue) / (targetValue - startValue);
		return Math.max(0.0, Math.min(1.0, share));
	}

	/**
	 * The weighted mean progress of some key results; 0.0 when there are none (or all
	 * weigh nothing).
	 */
	public static double progressOf(Collection<KeyResult> keyResults) {
		double weights = keyResults.stream().mapToDouble(KeyResult::weight).sum();
		if (weights <= 0) {
			return 0.0;
		}
		return keyResults.stream().mapToDouble((kr) -> kr.progress() * kr.weight()).sum() / weights;
	}

	/**
	 * The weighted mean score of some key results: {@code null} until every one of them
	 * is scored (or when there are none), 0.0 when all weigh nothing.
	 */
	public static Double scoreOf(Collection<KeyResult> keyResults) {
		if (keyResults.isEmpty() || keyResults.stream().anyMatch((kr) -> kr.score() == null)) {
			return null;
		}
		double weights = keyResults.stream().mapToDouble(KeyResult::weight).sum();
		if (weights <= 0) {
			return 0.0;
		}
		return keyResults.stream().mapToDouble((kr) -> kr.score() * kr.weight()).sum() / weights;
	}

	/**
	 * Those who may edit the objective edit its key results; the owner edits their own (a
	 * viewer never does).
	 */
	public boolean editableBy(Actor actor, Objective objective) {
		return objective.editableBy(actor) || (actor.mayWrite() && actor.is(this.ownerId));
	}

	private static Bounds bounds(FieldErrors errors, KeyResultType type, Double start, Double target) {
		return switch (type) {
			case METRIC -> {
				value(errors, "startValue", start);
				value(errors, "targetValue", target);
				yield distinct(errors, start, target);
			}
			case PERCENTAGE -> {
				Double from = (start != null) ? value(errors, "startValue", start) : 0.0;
				Double to = (target != null) ? value(errors, "targetValue", target) : 100.0;
				yield distinct(errors, from, to);
			}
			case MILESTONE -> {
				if ((start != null && start != 0.0) || (target != null && target != 1.0)) {
					errors.add((start != null && start != 0.0) ? "startValue" : "targetValue",
							"a milestone goes from 0 (not done) to 1 (done)");
				}
				yield new Bounds(0, 1);
			}
			case ROLLUP -> {
				if ((start != null && start != 0.0) || (target != null && target != 1.0)) {
					errors.add((start != null && start != 0.0) ? "startValue" : "targetValue",
							"a roll-up follows its contributors' progress, from 0 to 1; it takes no start or target");
				}
				yield new Bounds(0, 1);
			}
		};
	}

	private static Bounds distinct(FieldErrors errors, Double start, Double target) {
		if (start == null || target == null || !withinLimit(start) || !withinLimit(target)) {
			return new Bounds(0, 1);
		}
		if (start.equals(target)) {
			errors.add("targetValue", "must differ from startValue");
		}
		return new Bounds(start, target);
	}

	private static String unit(FieldErrors errors, String unit) {
		if (unit == null || unit.isBlank()) {
			return null;
		}
		String clean = unit.strip();
		if (Text.unkeepable(clean) != null) {
			errors.add("unit", Text.unkeepable(clean));
		}
		else if (clean.length() > UNIT_MAX) {
			errors.add("unit", "must be at most " + UNIT_MAX + " characters");
		}
		return clean;
	}

	private static double weight(FieldErrors errors, Double weight) {
		if (weight == null) {
			return 1.0;
		}
		if (!withinLimit(weight) || weight < 0) {
			errors.add("weight", "must be zero or more, and at most 1e15");
			return 1.0;
		}
		return weight;
	}

	/**
	 * A required value (start, target or checked-in value): finite and within
	 * {@link #VALUE_LIMIT}, so that progress is always a number.
	 */
	private static Double value(FieldErrors errors, String field, Double value) {
		if (errors.number(field, value) != null && Double.isFinite(value) && !withinLimit(value)) {
			errors.add(field, "must be between -1e15 and 1e15");
		}
		return value;
	}

	private static boolean withinLimit(double value) {
		return Double.isFinite(value) && Math.abs(value) <= VALUE_LIMIT;
	}

	private record Bounds(double start, double target) {
	}

	/**
	 * One contributor of a roll-up: the weight of its link and its progress.
	 */
	public record Share(double weight, double progress) {
	}

}
