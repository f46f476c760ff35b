package dev.lodestar.objectives;

import dev.lodestar.shared.FieldErrors;

/**
 * One link of an objective to what it contributes to, a higher objective or a key result
 * of the same cycle, with the weight it carries there (more than 0; 1 unless said
 * otherwise). The weight counts where the target is a roll-up key result: its progress is
 * the weight-averaged progress of its contributors.
 */
public record Contribution(Alignment to, double weight) {

	/** The weight of a link given without one. */
	public static final double DEFAULT_WEIGHT = 1.0;

	public Contribution {
		if (to == null) {
			throw new IllegalArgumentException("A contribution names what it contributes to");
		}
	}

	public static Contribution to(Alignment target) {
		return new Contribution(target, DEFAULT_WEIGHT);
	}

	/**
	 * A contribution as typed: the weight, when given, is a finite number above 0 and at
	 * most {@link KeyResult#VALUE_LIMIT}; a wrong one is noted under {@code field}.
	 */
	public static Contribution of(FieldErrors errors, String field, Alignment target, Double weight) {
		if (weight == null) {
			return new Contribution(target, DEFAULT_WEIGHT);
		}
		if (!Double.isFinite(weight) || weight <= 0 || weight > KeyResult.VALUE_LIMIT) {
			errors.add(field, "must be a number above 0 and at most 1e15");
			return new Contribution(target, DEFAULT_WEIGHT);
		}
		return new Contribution(target, weight);
	}

	public ObjectiveId objectiveId() {
		return this.to.objectiveId();
	}

	public KeyResultId keyResultId() {
		return this.to.keyResultId();
	}

}
