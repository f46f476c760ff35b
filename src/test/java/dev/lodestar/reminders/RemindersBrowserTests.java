package dev.lodestar.reminders;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The settings page of the check-in rhythm, sending reminders from it, and one's own
 * reminder preference, in a real browser.
 */
class RemindersBrowserTests extends BrowserTest {

	private Map<String, Object> settingsBefore;

	@BeforeEach
	void rememberSettings() {
		Reply settings = this.admin.get("/api/v1/settings");
		this.settingsBefore = Map.of("checkInDay", settings.field("checkInDay"), "checkInTime",
				settings.field("checkInTime"), "timeZone", settings.field("timeZone"));
	}

	@AfterEach
	void restoreSettings() {
		this.admin.patch("/api/v1/settings", this.settingsBefore);
	}

	@Test
	void anAdminSetsTheCheckInRhythmAndARefusedValueIsKeptAndExplained() {
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/teams"));
		screenshot("reminders-teams-link");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check-in day and reminders")).click();
		assertThat(this.page).hasURL(url("/admin/settings"));
		assertAccessible();

		this.page.getByLabel("Check-in day").selectOption("wednesday");
		this.page.getByLabel("Check-in time").fill("25:70");
		this.page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
		button("Save the rhythm").click();

		assertThat(this.page.locator("#check-in-time-error")).hasText("must be a time of day as HH:mm, such as 09:30");
		assertThat(this.page.locator("#time-zone-error")).hasText("must be a time zone such as Europe/Berlin");
		assertThat(this.page.getByLabel("Check-in time")).hasValue("25:70");
		assertThat(this.page.getByLabel("Time zone")).hasValue("Mars/Olympus_Mons");
		assertThat(this.page.getByLabel("Check-in day")).hasValue("wednesday");
		assertAccessible();
		screenshot("reminders-settings-refused");

		this.page.getByLabel("Check-in time").fill("10:30");
		this.page.getByLabel("Time zone").fill("Europe/Berlin");
		button("Save the rhythm").click();

		assertThat(this.page.locator(".notice"))
			.hasText("Saved. Check-ins are on Wednesdays at 10:30, Europe/Berlin time.");
		assertThat(this.page.getByLabel("Check-in time")).hasValue("10:30");
		screenshot("reminders-settings");
		org.assertj.core.api.Assertions.assertThat(this.admin.get("/api/v1/settings").field("checkInDay"))
			.isEqualTo("wednesday");
	}

	@Test
	void aChampionSendsTheRemindersNowAndSeesHowManyWentOut() {
		Person owner = person("member");
		keyResult(objective(cycle("execute"), null), owner.id());
		Person champion = person("champion");
		signIn(champion.email(), PASSWORD);
		this.page.navigate(url("/admin/settings"));
		assertThat(this.page.getByLabel("Check-in time")).hasCount(0);
		assertThat(this.page.getByText("An admin changes the check-in day")).isVisible();

		button("Send reminders now").click();

		assertThat(this.page.locator(".notice")).containsText("Sent ");
		assertThat(this.page.locator(".notice")).containsText(" reminder");
		assertAccessible();
		screenshot("reminders-sent");
	}

	@Test
	void aMemberMayNotOpenTheSettings() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		com.microsoft.playwright.Response response = this.page.navigate(url("/admin/settings"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aPersonChoosesHowOftenToBeRemindedFromTheProfile() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/profile"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders")).click();
		assertThat(this.page).hasURL(url("/profile/reminders"));
		assertThat(this.page.getByLabel("Every week")).isChecked();
		assertAccessible();

		this.page.getByLabel("Every other week").check();
		button("Save").click();

		assertThat(this.page.locator(".notice")).hasText("Saved: a reminder every other week.");
		assertThat(this.page.getByLabel("Every other week")).isChecked();
		assertAccessible();
		screenshot("reminders-preference");
		org.assertj.core.api.Assertions.assertThat(member.api().get("/api/v1/people/me/reminders").field("frequency"))
			.isEqualTo("biweekly");
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
