package dev.lodestar.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a team's draft objectives are published directly ({@code off}, as before review
 * existed) or only once a lead of the parent team, a champion or an admin has approved
 * them ({@code required}).
 */
public enum ObjectiveReview {

	OFF, REQUIRED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ObjectiveReview> of(String value) {
		return Arrays.stream(values()).filter((mode) -> mode.value().equals(value)).findFirst();
	}

}
