package dev.lodestar.reports;

import dev.lodestar.objectives.Score;

/**
 * How the report's pages and PDF write its figures: scores to one decimal, shares as
 * whole percentages, a dash where there is nothing to show.
 */
public final class ReportFormat {

	/** The one instance the templates use. */
	public static final ReportFormat INSTANCE = new ReportFormat();

	private static final String NONE = "–";

	private ReportFormat() {
	}

	/** A score to one decimal, as {@link Score#format} has it, or a dash. */
	public String score(Double score) {
		return (score != null) ? Score.format(score) : NONE;
	}

	/** The style class of a score's band, or {@code score-none}. */
	public String band(Double score) {
		return (score != null) ? Score.Band.of(score).css() : "score-none";
	}

	/** A share as a whole percentage ("75 %"), or a dash. */
	public String percent(Double share) {
		return (share != null) ? Math.round(share * 100) + " %" : NONE;
	}

	/** "n of m", or a dash when there are none. */
	public String ofTotal(long count, long total) {
		return (total > 0) ? count + " of " + total : NONE;
	}

}
