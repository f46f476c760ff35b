package dev.lodestar.objectives;

import java.util.Locale;

/**
 * How a confidence reads: 7–10 on track, 4–6 at risk, 1–3 off track, or not yet given.
 */
public enum ConfidenceBand {

	ON_TRACK("on track"), AT_RISK("at risk"), OFF_TRACK("off track"), UNKNOWN("no confidence yet");

	private final String label;

	ConfidenceBand(String label) {
		this.label = label;
	}

	public static ConfidenceBand of(Integer confidence) {
		if (confidence == null) {
			return UNKNOWN;
		}
		if (confidence >= 7) {
			return ON_TRACK;
		}
		return (confidence >= 4) ? AT_RISK : OFF_TRACK;
	}

	public String label() {
		return this.label;
	}

	/** A name for style classes: {@code on-track}, {@code at-risk}, ... */
	public String css() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
