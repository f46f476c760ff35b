package dev.lodestar.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How often a person wants the check-in reminder.
 */
public enum ReminderFrequency {

	/** Every week on the check-in day (the default). */
	WEEKLY,

	/** Every other week: only once the last reminder is 13 days old or more. */
	BIWEEKLY,

	/** Never. */
	OFF;

	/**
	 * How old the last reminder must be before someone reminded every other week gets the
	 * next: a day less than two weeks, so that a reminder sent a little late one week
	 * does not push the next one back by a week.
	 */
	static final Duration OTHER_WEEK = Duration.ofDays(13);

	/**
	 * Whether a person with this preference gets an automatic reminder at {@code now},
	 * their last one having been sent at {@code lastReminder} ({@code null}: never).
	 */
	public boolean allows(Instant lastReminder, Instant now) {
		return switch (this) {
			case WEEKLY -> true;
			case BIWEEKLY ->
				lastReminder == null || !Duration.between(lastReminder, now).minus(OTHER_WEEK).isNegative();
			case OFF -> false;
		};
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
