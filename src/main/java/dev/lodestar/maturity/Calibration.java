package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResult;

/**
 * How well the confidence given in check-ins predicted the outcome, over closed cycles.
 * Each check-in's confidence {@code c} (1 to 10) stands for the probability {@code c/10}
 * that its key result is met; the Brier score is the mean of {@code (c/10 − met)²} over
 * the check-ins, {@code met} being 1 when the key result met its objective's expectation
 * (1.0 committed, 0.7 aspirational) and 0 when not. 0 is a perfect forecaster, 0.25 is
 * what always saying 5 of 10 earns, 1 is always sure and always wrong.
 *
 * @param brierScore the mean over every check-in counted, {@code null} without any
 * @param checkIns how many check-ins were counted
 * @param buckets one per confidence from 1 to 10: how many check-ins gave it and the
 * share of those whose key result was met ({@code null} when none gave it)
 * @param cycles per closed cycle with check-ins counted, oldest first, its own score
 */
public record Calibration(Double brierScore, long checkIns, List<Bucket> buckets, List<CycleScore> cycles) {

	/**
	 * The calibration from the check-ins counted, each group of them a tally; the tallies
	 * come in the order of their cycles.
	 */
	public static Calibration of(List<Tally> tallies) {
		long[] counts = new long[KeyResult.CONFIDENCE_MAX + 1];
		long[] met = new long[KeyResult.CONFIDENCE_MAX + 1];
		Map<CycleId, Sum> perCycle = new LinkedHashMap<>();
		Sum total = new Sum(null, null, null);
		for (Tally tally : tallies) {
			if (tally.count() <= 0) {
				continue;
			}
			counts[tally.confidence()] += tally.count();
			met[tally.confidence()] += tally.met() ? tally.count() : 0;
			perCycle.computeIfAbsent(tally.cycleId(), (id) -> new Sum(id, tally.cycleName(), tally.cycleEnd()))
				.add(tally);
			total.add(tally);
		}
		List<Bucket> buckets = new ArrayList<>();
		for (int confidence = KeyResult.CONFIDENCE_MIN; confidence <= KeyResult.CONFIDENCE_MAX; confidence++) {
			buckets.add(new Bucket(confidence, counts[confidence],
					(counts[confidence] > 0) ? (double) met[confidence] / counts[confidence] : null));
		}
		return new Calibration(total.score(), total.count, buckets,
				perCycle.values().stream().map(Sum::toCycleScore).toList());
	}

	/**
	 * The mean confidence given, as a probability (a confidence of 7 is 0.7),
	 * {@code null} without check-ins.
	 */
	public Double meanForecast() {
		return (this.checkIns == 0) ? null
				: this.buckets.stream().mapToDouble((bucket) -> bucket.confidence() / 10.0 * bucket.count()).sum()
						/ this.checkIns;
	}

	/**
	 * The share of the check-ins whose key result was met, {@code null} without
	 * check-ins.
	 */
	public Double metShare() {
		return (this.checkIns == 0) ? null
				: this.buckets.stream()
					.filter((bucket) -> bucket.metShare() != null)
					.mapToDouble((bucket) -> bucket.metShare() * bucket.count())
					.sum() / this.checkIns;
	}

	/**
	 * Which way the confidence leaned, from the mean forecast against the share met: more
	 * than 10 points above is over-confident, more than 10 below under-confident;
	 * {@code null} without check-ins.
	 */
	public Lean lean() {
		Double forecast = meanForecast();
		Double share = metShare();
		if (forecast == null || share == null) {
			return null;
		}
		if (forecast - share > Lean.MARGIN) {
			return Lean.OVER_CONFIDENT;
		}
		return (share - forecast > Lean.MARGIN) ? Lean.UNDER_CONFIDENT : Lean.CALIBRATED;
	}

	/** Which way confidence leaned against what happened. */
	public enum Lean {

		OVER_CONFIDENT, CALIBRATED, UNDER_CONFIDENT;

		static final double MARGIN = 0.1;

	}

	/**
	 * Check-ins of one closed cycle that gave the same confidence to key results with the
	 * same outcome.
	 *
	 * @param cycleId the cycle
	 * @param cycleName its name
	 * @param cycleEnd its last day
	 * @param confidence the confidence given, 1 to 10
	 * @param met whether the key result met its objective's expectation
	 * @param count how many check-ins
	 */
	public record Tally(CycleId cycleId, String cycleName, LocalDate cycleEnd, int confidence, boolean met,
			long count) {

		public Tally {
			if (confidence < KeyResult.CONFIDENCE_MIN || confidence > KeyResult.CONFIDENCE_MAX) {
				throw new IllegalArgumentException("A confidence is from 1 to 10, not " + confidence);
			}
		}

		/** The Brier score's term of one such check-in. */
		double squaredError() {
			double error = this.confidence / 10.0 - (this.met ? 1 : 0);
			return error * error;
		}

	}

	/**
	 * A confidence and what became of the key results it was given to.
	 *
	 * @param confidence the confidence, 1 to 10
	 * @param count how many check-ins gave it
	 * @param metShare the share of those whose key result was met, {@code null} when none
	 */
	public record Bucket(int confidence, long count, Double metShare) {
	}

	/**
	 * One closed cycle's Brier score.
	 *
	 * @param cycleId the cycle
	 * @param name its name
	 * @param endDate its last day
	 * @param brierScore the mean over its check-ins counted
	 * @param checkIns how many were counted
	 */
	public record CycleScore(CycleId cycleId, String name, LocalDate endDate, double brierScore, long checkIns) {
	}

	/** The sum of squared errors over some check-ins. */
	private static final class Sum {

		private final CycleId cycle;

		private final String name;

		private final LocalDate end;

		private double squares;

		private long count;

		Sum(CycleId cycle, String name, LocalDate end) {
			this.cycle = cycle;
			this.name = name;
			this.end = end;
		}

		void add(Tally tally) {
			this.squares += tally.squaredError() * tally.count();
			this.count += tally.count();
		}

		Double score() {
			return (this.count == 0) ? null : this.squares / this.count;
		}

		CycleScore toCycleScore() {
			return new CycleScore(this.cycle, this.name, this.end, this.squares / this.count, this.count);
		}

	}

}
