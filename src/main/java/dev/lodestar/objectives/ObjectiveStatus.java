package dev.lodestar.objectives;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an objective stands: drafted and under review, published for everyone, or
 * archived.
 */
public enum ObjectiveStatus {

	DRAFT, PUBLISHED, ARCHIVED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
