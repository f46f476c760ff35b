package dev.lodestar.objectives;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an objective stands: drafted, submitted for review (when the organisation reviews
 * objectives before they are published), published for everyone, or archived.
 */
public enum ObjectiveStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status in words, as pages show it: {@code in review}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
