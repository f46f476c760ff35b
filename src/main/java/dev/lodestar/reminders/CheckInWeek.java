package dev.lodestar.reminders;

import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.organization.ProgramSettings;

/**
 * The week holding a moment, as the organisation's check-in rhythm sees it: it starts on
 * Monday at midnight in the organisation's time zone, and its reminders are due from the
 * check-in day and time on until the week ends. A sweep that runs late (after a restart,
 * say) still sends that week's reminders.
 *
 * @param monday the day the week starts
 * @param start the moment the week starts; a key result checked in before it waits
 * @param checkIn the check-in moment of the week
 * @param now the moment this week was asked about
 */
public record CheckInWeek(LocalDate monday, Instant start, Instant checkIn, Instant now) {

	public static CheckInWeek of(ProgramSettings settings, Instant now) {
		LocalDate monday = settings.weekOf(now);
		return new CheckInWeek(monday, settings.startOf(monday), settings.checkInOfWeek(now), now);
	}

	/** Whether the week's automatic reminders are due: its check-in moment has come. */
	public boolean remindersDue() {
		return !this.now.isBefore(this.checkIn);
	}

}
