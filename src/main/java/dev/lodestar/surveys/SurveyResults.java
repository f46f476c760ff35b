package dev.lodestar.surveys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a cycle's survey adds up to: how many people were asked (everyone but viewers),
 * how many answered, and per question the number of answers, for a scale question their
 * mean and how many gave each value, for a text question the texts in alphabetical order
 * (never in the order they arrived).
 */
public record SurveyResults(int asked, int responded, double responseRate, List<QuestionResult> questions) {

	/** Below this many responses the results are shown with a word of caution. */
	public static final int SMALL_SAMPLE = 3;

	public boolean smallSample() {
		return this.responded < SMALL_SAMPLE;
	}

	/** The response rate as a whole percentage. */
	public long responsePercent() {
		return Math.round(this.responseRate * 100);
	}

	/**
	 * One question's answers: {@code mean} is {@code null} for a text question and while
	 * nobody rated it; {@code distribution} counts each value from 1 to 5.
	 */
	public record QuestionResult(UUID id, String text, QuestionKind kind, int count, Double mean,
			Map<Integer, Integer> distribution, List<String> texts) {

		public boolean scale() {
			return this.kind == QuestionKind.SCALE;
		}

		/** The mean to one decimal, or a dash. */
		public String meanText() {
			return (this.mean != null) ? String.format(java.util.Locale.ROOT, "%.1f", this.mean) : "–";
		}

		/** How many gave a value, as a share of the question's answers, 0 to 100. */
		public long percentOf(int value) {
			return (this.count == 0) ? 0 : Math.round(100.0 * this.distribution.getOrDefault(value, 0) / this.count);
		}

	}

}
