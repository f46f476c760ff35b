package dev.lodestar.reminders.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.lodestar.organization.ProgramSettings;

/**
 * The check-in rhythm in words for the settings page, and the choices its form offers.
 *
 * @param summary e.g. "Mondays at 09:00, Europe/Berlin time"
 * @param next when the next check-in comes, e.g. "Monday 7 December 2026, 09:00"
 */
record Rhythm(String summary, String next) {

	private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
			Locale.ENGLISH);

	/** The days of the week, as the form's select offers them. */
	static final List<Choice> DAYS = Arrays.stream(DayOfWeek.values())
		.map((day) -> new Choice(day.name().toLowerCase(Locale.ROOT),
				day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
		.toList();

	/**
	 * The time zones people name a place by, and UTC, as suggestions for the zone field.
	 */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> zone.equals("UTC") || (zone.contains("/") && !zone.startsWith("Etc/")
				&& !zone.startsWith("SystemV/") && Character.isUpperCase(zone.charAt(0))))
		.sorted()
		.toList();

	static Rhythm of(ProgramSettings settings, Instant now) {
		String day = settings.checkInDay().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return new Rhythm(
				day + "s at " + RhythmForm.of(settings).checkInTime() + ", " + settings.timeZone().getId() + " time",
				NEXT.format(settings.nextCheckIn(now).atZone(settings.timeZone())));
	}

	/** One option of a select. */
	record Choice(String value, String label) {
	}

}
