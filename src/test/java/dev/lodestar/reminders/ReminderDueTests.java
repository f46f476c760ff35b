package dev.lodestar.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.lodestar.organization.ProgramSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the week's reminders are due, in the organisation's time zone, and who is reminded
 * every other week.
 */
class ReminderDueTests {

	private static final ProgramSettings BERLIN_MONDAY_NINE = new ProgramSettings(DayOfWeek.MONDAY, LocalTime.of(9, 0),
			ZoneId.of("Europe/Berlin"), 1);

	@Test
	void remindersAreDueFromTheCheckInTimeInTheOrganisationsZone() {
		Instant justBefore = Instant.parse("2026-12-07T07:59:00Z");
		Instant onTime = Instant.parse("2026-12-07T08:00:00Z");
		assertThat(CheckInWeek.of(BERLIN_MONDAY_NINE, justBefore).remindersDue()).isFalse();
		assertThat(CheckInWeek.of(BERLIN_MONDAY_NINE, onTime).remindersDue()).isTrue();
	}

	@Test
	void remindersStayDueForTheRestOfTheWeekSoALateSweepCatchesUp() {
		Instant sundayEvening = Instant.parse("2026-12-13T22:30:00Z");
		CheckInWeek week = CheckInWeek.of(BERLIN_MONDAY_NINE, sundayEvening);
		assertThat(week.remindersDue()).isTrue();
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void theWeekStartsOnMondayAtMidnightInTheOrganisationsZone() {
		Instant mondayInBerlinSundayInUtc = Instant.parse("2026-12-06T23:30:00Z");
		CheckInWeek week = CheckInWeek.of(BERLIN_MONDAY_NINE, mondayInBerlinSundayInUtc);
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(week.start()).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
		assertThat(week.remindersDue()).isFalse();
	}

	@Test
	void aLaterCheckInDayIsNotDueEarlierInTheWeek() {
		ProgramSettings fridayNoonTokyo = new ProgramSettings(DayOfWeek.FRIDAY, LocalTime.NOON, ZoneId.of("Asia/Tokyo"),
				1);
		assertThat(CheckInWeek.of(fridayNoonTokyo, Instant.parse("2026-12-10T12:00:00Z")).remindersDue()).isFalse();
		assertThat(CheckInWeek.of(fridayNoonTokyo, Instant.parse("2026-12-11T02:59:00Z")).remindersDue()).isFalse();
		assertThat(CheckInWeek.of(fridayNoonTokyo, Instant.parse("2026-12-11T03:00:00Z")).remindersDue()).isTrue();
	}

	@Test
	void everyOtherWeekWaitsThirteenDaysAfterTheLastReminder() {
		Instant now = Instant.parse("2026-12-07T08:05:00Z");
		assertThat(ReminderFrequency.BIWEEKLY.allows(null, now)).isTrue();
		assertThat(ReminderFrequency.BIWEEKLY.allows(now.minus(Duration.ofDays(7)), now)).isFalse();
		assertThat(ReminderFrequency.BIWEEKLY.allows(now.minus(Duration.ofDays(13)).plusSeconds(1), now)).isFalse();
		assertThat(ReminderFrequency.BIWEEKLY.allows(now.minus(Duration.ofDays(13)), now)).isTrue();
		assertThat(ReminderFrequency.BIWEEKLY.allows(now.minus(Duration.ofDays(14)).plusSeconds(300), now)).isTrue();
	}

	@Test
	void everyWeekAlwaysAndOffNever() {
		Instant now = Instant.parse("2026-12-07T08:05:00Z");
		assertThat(ReminderFrequency.WEEKLY.allows(now.minus(Duration.ofDays(7)), now)).isTrue();
		assertThat(ReminderFrequency.OFF.allows(null, now)).isFalse();
	}

	@Test
	void someoneRemindedThisWeekIsNotDueAgain() {
		Instant now = Instant.parse("2026-12-07T08:05:00Z");
		WaitingOwner reminded = new WaitingOwner(null, "Ada", "ada@lodestar.test", ReminderFrequency.WEEKLY, now, true,
				java.util.List.of());
		assertThat(reminded.dueAt(now)).isFalse();
		assertThat(new WaitingOwner(null, "Ada", "ada@lodestar.test", ReminderFrequency.WEEKLY, null, false,
				java.util.List.of())
			.dueAt(now)).isTrue();
	}

}
