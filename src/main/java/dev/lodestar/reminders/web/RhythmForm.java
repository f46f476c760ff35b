package dev.lodestar.reminders.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;

/**
 * The check-in rhythm as the settings form shows it and as it was typed.
 *
 * @param version the version of the settings the form was filled from
 */
record RhythmForm(String checkInDay, String checkInTime, String timeZone, Long version) {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	static RhythmForm of(ProgramSettings settings) {
		return new RhythmForm(settings.checkInDay().name().toLowerCase(Locale.ROOT),
				settings.checkInTime().format(HH_MM), settings.timeZone().getId(), settings.version());
	}

	Program.SettingsChanges changes() {
		return new Program.SettingsChanges(orEmpty(this.checkInDay), orEmpty(this.checkInTime), orEmpty(this.timeZone));
	}

	private static String orEmpty(String typed) {
		return (typed != null) ? typed : "";
	}

}
