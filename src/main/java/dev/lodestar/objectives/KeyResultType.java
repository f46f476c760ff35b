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
	MILESTONE,

	/**
	 * The weight-averaged progress of the objectives that contribute to it: it takes no
	 * check-ins, and moves with every check-in below it. It is kept as a progress from 0
	 * (start) to 1 (target); with no contributors it stands at 0.
	 */
	ROLLUP;

	/**
	 * Whether key results of this type take check-ins: all but roll-ups.
	 */
	public boolean takesCheckIns() {
		return this != ROLLUP;
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
