package dev.lodestar.reminders;

import java.util.function.LongSupplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding who waits on a check-in takes the same few statements for one person as for
 * many, and so do the settings page and the reminder preference page. Background jobs
 * also talk to the database, so each count is the least of a few runs.
 */
class RemindersQueryCountTests extends ReminderTest {

	@Autowired
	Reminders reminders;

	@Test
	void aSweepFindsWhoWaitsWithTheSameStatementsHoweverManyWait() {
		startSmtp();
		makeRemindersDue();
		String cycle = cycle("execute");
		keyResult(objective(cycle, null), person("member").id());
		this.reminders.sweep();
		long forOne = least(() -> this.queries.during(this.reminders::sweep));

		for (int i = 0; i < 10; i++) {
			String objective = objective(cycle, null);
			String owner = person("member").id();
			keyResult(objective, owner);
			keyResult(objective, owner);
		}
		assertThat(this.reminders.sweep()).isGreaterThanOrEqualTo(10);
		long forEleven = least(() -> this.queries.during(this.reminders::sweep));

		assertThat(forEleven).isLessThanOrEqualTo(forOne);
		assertThat(forOne).isLessThanOrEqualTo(3);
	}

	@Test
	void theSettingsPageAndThePreferencePageDoNotGrowWithWhoWaits() {
		String cycle = cycle("execute");
		keyResult(objective(cycle, null), person("member").id());
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		for (int i = 0; i < 3; i++) {
			browser.get("/admin/settings");
			browser.get("/profile/reminders");
		}
		long settingsBefore = least(() -> this.queries.during(() -> browser.get("/admin/settings")));
		long preferenceBefore = least(() -> this.queries.during(() -> browser.get("/profile/reminders")));

		for (int i = 0; i < 5; i++) {
			keyResult(objective(cycle, null), person("member").id());
		}
		long settingsAfter = least(() -> this.queries.during(() -> browser.get("/admin/settings")));
		long preferenceAfter = least(() -> this.queries.during(() -> browser.get("/profile/reminders")));

		assertThat(settingsAfter).isLessThanOrEqualTo(settingsBefore).isLessThan(20);
		assertThat(preferenceAfter).isLessThanOrEqualTo(preferenceBefore).isLessThan(20);
	}

	private static long least(LongSupplier count) {
		return LongStream.range(0, 5).map((run) -> count.getAsLong()).min().orElseThrow();
	}

}
