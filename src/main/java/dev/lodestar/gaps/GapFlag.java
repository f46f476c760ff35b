package dev.lodestar.gaps;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A warning sign on a key result.
 */
public enum GapFlag {

	/** No check-in for 14 days or more, or none yet after the cycle's first 14 days. */
	STALE("stale", "stale"),

	/** The latest check-in's confidence is two or more below the one before. */
	CONFIDENCE_DROP("confidence-drop", "confidence dropped"),

	/** The owner's confidence is 3 or less. */
	OFF_TRACK("off-track", "off track");

	private final String value;

	private final String label;

	GapFlag(String value, String label) {
		this.value = value;
		this.label = label;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/** How the flag reads on a page. */
	public String label() {
		return this.label;
	}

}
