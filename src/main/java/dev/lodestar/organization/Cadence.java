package dev.lodestar.organization;

import java.util.Locale;
import java.util.Optional;

/**
 * How long the organisation's cycles are: calendar quarters, or a number of weeks of its
 * own choosing (kept beside it in the settings).
 */
public enum Cadence {

	/** Cycles follow the calendar's quarters: January to March, April to June, ... */
	QUARTER,

	/** Cycles of a fixed number of weeks, one after the other. */
	WEEKS;

	/** The cadence as the API and the forms spell it. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The cadence spelled {@code quarter} or {@code weeks}, in any letter case. */
	public static Optional<Cadence> of(String value) {
		for (Cadence cadence : values()) {
			if (cadence.value().equalsIgnoreCase(value)) {
				return Optional.of(cadence);
			}
		}
		return Optional.empty();
	}

}
