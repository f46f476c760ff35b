package dev.lodestar.objectives;

import java.util.Locale;

/**
 * The rules for scores, the grade of a key result or objective when its cycle ends: a
 * number from 0.0 to 1.0, read to one decimal. Scores fall into three bands (0.0–0.3,
 * 0.4–0.6, 0.7–1.0); a committed objective meets its expectation at 1.0, an aspirational
 * one at 0.7.
 */
public final class Score {

	public static final double MIN = 0.0;

	public static final double MAX = 1.0;

	/** What a committed objective is expected to reach. */
	public static final double COMMITTED_EXPECTATION = 1.0;

	/** What counts as success for an aspirational objective. */
	public static final double ASPIRATIONAL_EXPECTATION = 0.7;

	private static final double SAME = 1e-9;

	private Score() {
	}

	/**
	 * A score as people read it: rounded to one decimal, so 0.65 reads 0.7.
	 */
	public static double rounded(double score) {
		return Math.round(score * 10) / 10.0;
	}

	/** A score with one decimal, as pages and reports show it: {@code 0.7}. */
	public static String format(double score) {
		return String.format(Locale.ROOT, "%.1f", rounded(score));
	}

	/**
	 * Whether an objective of a kind met its expectation with a score.
	 */
	public static boolean meets(ObjectiveKind kind, double score) {
		double expected = (kind == ObjectiveKind.COMMITTED) ? COMMITTED_EXPECTATION : ASPIRATIONAL_EXPECTATION;
		return rounded(score) >= expected - SAME;
	}

	/** What an objective of a kind is expected to score. */
	public static double expectation(ObjectiveKind kind) {
		return (kind == ObjectiveKind.COMMITTED) ? COMMITTED_EXPECTATION : ASPIRATIONAL_EXPECTATION;
	}

	static boolean same(double one, double other) {
		return Math.abs(one - other) < SAME;
	}

	/**
	 * The colour band of a score.
	 */
	public enum Band {

		/** 0.0–0.3: missed; worth a look in the retrospective. */
		LOW("0.0–0.3"),

		/** 0.4–0.6: progress, short of success. */
		MIDDLE("0.4–0.6"),

		/** 0.7–1.0: delivered. */
		HIGH("0.7–1.0");

		private final String range;

		Band(String range) {
			this.range = range;
		}

		public static Band of(double score) {
			double rounded = rounded(score);
			if (rounded <= 0.3 + SAME) {
				return LOW;
			}
			return (rounded <= 0.6 + SAME) ? MIDDLE : HIGH;
		}

		public String range() {
			return this.range;
		}

		/** A name for style classes: {@code score-low}, {@code score-middle}, ... */
		public String css() {
			return "score-" + name().toLowerCase(Locale.ROOT);
		}

	}

}
