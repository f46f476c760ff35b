package dev.lodestar.setup;

import java.util.Locale;
import java.util.Optional;

/**
 * The steps of the setup wizard, in their order.
 */
public enum SetupStep {

	/** The organisation's name, time zone and check-in day and time. */
	PROGRAM("The organisation"),

	/** The cadence of cycles and the first cycle. */
	CADENCE("Cadence and first cycle"),

	/** Bringing people in: import and invitations. */
	PEOPLE("People"),

	/** Choosing the champions who run the program with the admins. */
	CHAMPIONS("Champions");

	private final String title;

	SetupStep(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/** The step as URLs spell it. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The step after this one, empty after the last. */
	public Optional<SetupStep> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public static Optional<SetupStep> of(String value) {
		for (SetupStep step : values()) {
			if (step.value().equals(value)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

}
