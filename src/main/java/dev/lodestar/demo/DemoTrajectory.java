package dev.lodestar.demo;

import java.util.Random;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveKind;

/**
 * How one key result moves through a cycle: how far towards its target it gets by the end
 * (often short of it for aspirational objectives, now and then beyond it), whether it
 * gets going slowly, and how its owner's confidence drifts with progress against the time
 * that has passed, honestly or (in a young program) with more confidence than progress. A
 * milestone is done once the work behind it reaches the end.
 */
final class DemoTrajectory {

	private final KeyResult keyResult;

	private final double outcome;

	private final double slowStart;

	private final double expected;

	private final int overConfidence;

	private double progress;

	private int confidence;

	private boolean done;

	private DemoTrajectory(KeyResult keyResult, double outcome, double slowStart, double expected, int confidence,
			int overConfidence) {
		this.keyResult = keyResult;
		this.overConfidence = overConfidence;
		this.outcome = outcome;
		this.slowStart = slowStart;
		this.expected = expected;
		this.confidence = confidence;
	}

	/**
	 * Draws how a key result of an objective of this kind moves in a quarter run with
	 * these habits: their reach moves how far it gets, and their over-confidence lifts
	 * the owner's confidence above what progress says.
	 */
	static DemoTrajectory draw(KeyResult keyResult, ObjectiveKind kind, DemoHabits habits, Random random) {
		boolean committed = kind == ObjectiveKind.COMMITTED;
		boolean milestone = keyResult.type() == KeyResultType.MILESTONE;
		double lowest = (milestone ? 0.85 : 0.45) + (committed ? 0.25 : 0.0) + habits.reach();
		double outcome = lowest + random.nextDouble() * (milestone ? 0.4 : 0.55);
		double slowStart = 0.8 + random.nextDouble() * 0.7;
		int confidence = clamp((committed ? 7 + random.nextInt(2) : 5 + random.nextInt(3)) + habits.overConfidence());
		return new DemoTrajectory(keyResult, outcome, slowStart, committed ? 1.0 : 0.7, confidence,
				habits.overConfidence());
	}

	/**
	 * The week when {@code share} of the cycle has passed: the key result's value, the
	 * owner's confidence, and whether a milestone was done this week.
	 */
	Week next(double share, Random random) {
		double planned = this.outcome * Math.pow(share, this.slowStart) + random.nextGaussian() * 0.03;
		this.progress = Math.max(this.progress - 0.02, planned);
		boolean wasDone = this.done;
		this.done = this.done || (this.keyResult.type() == KeyResultType.MILESTONE && this.progress >= 1.0);
		this.confidence = drift(share, random);
		return new Week(value(), this.confidence, this.done && !wasDone);
	}

	private int drift(double share, Random random) {
		int aim = this.done ? 10
				: clamp((int) Math.round(7 + (this.progress - this.expected * share) * 12) + this.overConfidence);
		int step = Integer.signum(aim - this.confidence);
		if (random.nextInt(5) == 0) {
			step += random.nextBoolean() ? 1 : -1;
		}
		return clamp(this.confidence + step);
	}

	private double value() {
		if (this.keyResult.type() == KeyResultType.MILESTONE) {
			return this.done ? 1.0 : 0.0;
		}
		double start = this.keyResult.startValue();
		double target = this.keyResult.targetValue();
		double value = Math.max(0.0, start + (target - start) * this.progress);
		if (this.keyResult.type() == KeyResultType.PERCENTAGE) {
			value = Math.min(100.0, value);
		}
		boolean whole = start == Math.rint(start) && target == Math.rint(target);
		return whole ? Math.rint(value) : Math.rint(value * 100) / 100;
	}

	private static int clamp(int confidence) {
		return Math.max(KeyResult.CONFIDENCE_MIN, Math.min(KeyResult.CONFIDENCE_MAX, confidence));
	}

	/**
	 * One week's check-in: the value, the confidence, and whether a milestone was just
	 * done.
	 */
	record Week(double value, int confidence, boolean justDone) {
	}

}
