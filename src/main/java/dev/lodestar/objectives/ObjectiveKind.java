package dev.lodestar.objectives;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an objective's outcome is judged.
 */
public enum ObjectiveKind {

	/** Expected to be met in full (score 1.0). */
	COMMITTED,

	/** A stretch: about 0.7 counts as success. */
	ASPIRATIONAL;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
