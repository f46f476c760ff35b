package dev.lodestar.reminders;

import java.time.Instant;
import java.util.List;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;

/**
 * Someone who owns key results that wait for this week's check-in, with what decides
 * whether they are reminded.
 *
 * @param lastReminder when they were last reminded, or {@code null}
 * @param remindedThisWeek whether they have had this week's reminder already
 * @param keyResults the key results that wait, in the order of their objectives
 */
record WaitingOwner(PersonId id, String name, String email, ReminderFrequency frequency, Instant lastReminder,
		boolean remindedThisWeek, List<WaitingKeyResult> keyResults) {

	/** Whether the automatic reminder goes to this person at {@code now}. */
	boolean dueAt(Instant now) {
		return !this.remindedThisWeek && this.frequency.allows(this.lastReminder, now);
	}

	/** Whether a reminder sent on request goes to this person. */
	boolean wantsReminders() {
		return this.frequency != ReminderFrequency.OFF;
	}

	/** A key result that waits for its check-in, with the title of its objective. */
	record WaitingKeyResult(KeyResultId id, String title, String objectiveTitle) {
	}

}
