package dev.lodestar.objectives;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a key result is measured.
 */
public enum KeyResultType {

	/**
	 * From a start value to a target value in some unit; a target below the start is a
	 * falling metric.
	 */
	METRIC,

	/** A percentage, from 0 to 100 unless other bounds are given. */
	PERCENTAGE,

	/** Done (1) or not done (0). */
	MILESTONE;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
