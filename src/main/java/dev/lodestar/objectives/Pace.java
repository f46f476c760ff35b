package dev.lodestar.objectives;

import java.util.Collection;

/**
 * Where key results should be by today, and what their standing reads as: the one
 * definition of "expected" by kind of key result and of the status the dashboards show. A
 * measured key result (metric, percentage, roll-up) is expected to move evenly, so by
 * today it should have the share of the cycle passed; a milestone is done or not, so it
 * is expected done by the cycle's end and not before. The status is the worse of the pace
 * (how far progress is behind expected) and of the owners' confidence, in the confidence
 * bands' words.
 */
public final class Pace {

	/** Further behind expected than this is at risk (10 points). */
	public static final double AT_RISK_BEHIND = 0.10;

	/** Further behind expected than this is off track (25 points). */
	public static final double OFF_TRACK_BEHIND = 0.25;

	private Pace() {
	}

	/**
	 * The progress a key result of {@code type} is expected to have once
	 * {@code elapsedShare} of its cycle has passed: that share for a measured one; for a
	 * milestone nothing until the cycle is over, then all of it.
	 */
	public static double expected(KeyResultType type, double elapsedShare) {
		if (type == KeyResultType.MILESTONE) {
			return (elapsedShare >= 1.0) ? 1.0 : 0.0;
		}
		return Math.max(0.0, Math.min(1.0, elapsedShare));
	}

	/**
	 * The expected progress of some key results, weighted as their progress is (0.0 with
	 * none, or when none weighs anything).
	 */
	public static double expectedOf(Collection<KeyResult> keyResults, double elapsedShare) {
		double weights = keyResults.stream().mapToDouble(KeyResult::weight).sum();
		if (weights <= 0) {
			return 0.0;
		}
		return keyResults.stream().mapToDouble((kr) -> expected(kr.type(), elapsedShare) * kr.weight()).sum() / weights;
	}

	/**
	 * How the pace alone reads: on track up to {@link #AT_RISK_BEHIND} behind expected,
	 * at risk up to {@link #OFF_TRACK_BEHIND}, off track beyond.
	 */
	public static ConfidenceBand ofPace(double progress, double expected) {
		double behind = expected - progress;
		if (behind > OFF_TRACK_BEHIND + 1e-9) {
			return ConfidenceBand.OFF_TRACK;
		}
		return (behind > AT_RISK_BEHIND + 1e-9) ? ConfidenceBand.AT_RISK : ConfidenceBand.ON_TRACK;
	}

	/**
	 * The status of something with this progress against expected and this mean
	 * confidence of its rated key results ({@code null} when none is rated yet): the
	 * worse of the pace's band and the confidence's band. Never
	 * {@link ConfidenceBand#UNKNOWN}.
	 */
	public static ConfidenceBand status(double progress, double expected, Double meanConfidence) {
		ConfidenceBand pace = ofPace(progress, expected);
		if (meanConfidence == null) {
			return pace;
		}
		ConfidenceBand confidence = ConfidenceBand.of((int) Math.round(meanConfidence));
		return (confidence.ordinal() > pace.ordinal()) ? confidence : pace;
	}

	/**
	 * The mean confidence of the key results that have one (roll-ups take none), or
	 * {@code null} when none has.
	 */
	public static Double meanConfidence(Collection<KeyResult> keyResults) {
		return keyResults.stream()
			.filter((kr) -> kr.confidence() != null)
			.mapToInt(KeyResult::confidence)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

}
