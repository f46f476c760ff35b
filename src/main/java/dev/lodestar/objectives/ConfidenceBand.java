package dev.lodestar.objectives;

import java.util.Locale;

/**
 * How a confidence reads: 7–10 on track, 4–6 at risk, 1–3 off track, or not yet given.
 * The one definition of the bands: pages, gaps, search, reports and the demo all ask
 * here.
 */
public enum ConfidenceBand {

	ON_TRACK("on track", 7, 10), AT_RISK("at risk", 4, 6), OFF_TRACK("off track", 1, 3),
	UNKNOWN("no confidence yet", 0, 0);

	private final String label;

	private final int lowest;

	private final int highest;

	ConfidenceBand(String label, int lowest, int highest) {
		this.label = label;
		this.lowest = lowest;
		this.highest = highest;
	}

	public static ConfidenceBand of(Integer confidence) {
		if (confidence == null) {
			return UNKNOWN;
		}
		if (confidence >= ON_TRACK.lowest) {
			return ON_TRACK;
		}
		return (confidence >= AT_RISK.lowest) ? AT_RISK : OFF_TRACK;
	}

	/** Whether a confidence is below on track: at risk or off track. */
	public static boolean belowOnTrack(Integer confidence) {
		return confidence != null && confidence < ON_TRACK.lowest;
	}

	public String label() {
		return this.label;
	}

	/** The lowest confidence in the band. */
	public int lowest() {
		return this.lowest;
	}

	/** The highest confidence in the band. */
	public int highest() {
		return this.highest;
	}

	/** A name for style classes: {@code on-track}, {@code at-risk}, ... */
	public String css() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
