package dev.lodestar.rhythm;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.lodestar.rhythm.RhythmFixtures.lastWeek;
import static dev.lodestar.rhythm.RhythmFixtures.thisWeek;

/**
 * The Monday meeting in a browser: a confidence set for the week, a priority added and
 * ticked, and one of last week's unfinished priorities carried over, all in place.
 */
class MondayPageBrowserTests extends BrowserTest {

	@Test
	void aLeadSetsAConfidenceAddsAndTicksAPriorityAndCarriesOneOver() {
		Person lead = person("member");
		String team = team("Monday team");
		join(team, lead, true);
		String keyResult = keyResult(objective(cycle("execute"), team), lead.id());
		RhythmFixtures.checkIn(lead, keyResult, 20, 5);
		this.admin.post("/api/v1/teams/" + team + "/weeks/" + lastWeek() + "/priorities",
				Map.of("text", "Interview five customers"));
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team));
		this.page
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Monday").setExact(true))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Monday · Monday team")))
			.isVisible();
		screenshot("rhythm-monday-before");
		assertAccessible();

		Locator row = this.page.locator("#kr-" + keyResult);
		row.getByLabel("Confidence").fill("12");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(row.locator(".field-error")).hasText("must be between 1 and 10");
		assertThat(row.getByLabel("Confidence")).hasValue("12");
		row.getByLabel("Confidence").fill("8");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(row.locator(".saved-note")).hasText("Confidence saved as a check-in.");
		assertThat(row.locator(".confidence")).hasText("Confidence 8 · on track");
		Reply checkedIn = this.admin.get("/api/v1/key-results/" + keyResult);
		org.assertj.core.api.Assertions.assertThat(checkedIn.json().get("confidence").asInt()).isEqualTo(8);
		org.assertj.core.api.Assertions.assertThat(checkedIn.json().get("currentValue").asDouble()).isEqualTo(20.0);

		Locator priorities = this.page.locator("#priorities");
		priorities.getByLabel("New priority").fill("   ");
		priorities.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add priority")).click();
		assertThat(priorities.locator("#new-priority-error")).hasText("must not be blank");
		priorities.getByLabel("New priority").fill("Ship the pricing page");
		priorities.getByLabel("New priority").press("Enter");
		Locator added = priorities.locator(".priority")
			.filter(new Locator.FilterOptions().setHasText("Ship the pricing page"));
		assertThat(added).isVisible();
		added.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Ship the pricing page")).check();
		assertThat(priorities.locator(".priority.done")).hasCount(1);

		priorities
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Carry over Interview five customers"))
			.click();
		assertThat(priorities.locator(".priority")
			.filter(new Locator.FilterOptions().setHasText("Interview five customers"))).isVisible();
		assertThat(priorities.locator(".carry-over")).hasCount(0);
		assertThat(priorities).containsText("2 of 5");
		screenshot("rhythm-monday");
		assertAccessible();
		Reply week = this.admin.get("/api/v1/teams/" + team + "/weeks/" + thisWeek());
		org.assertj.core.api.Assertions.assertThat(week.json().get("priorities").size()).isEqualTo(2);
	}

	@Test
	void pastWeeksStayReadableAndADayThatIsNotAMondayLeadsToItsWeek() {
		Person member = person("member");
		String team = team("Past weeks");
		join(team, member, false);
		this.admin.post("/api/v1/teams/" + team + "/weeks/" + lastWeek() + "/priorities",
				Map.of("text", "Last week's focus"));
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "/monday"));
		this.page
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("← Week before"))
			.click();
		assertThat(this.page.locator("#priorities")).containsText("Last week's focus");
		String wednesday = java.time.LocalDate.parse(lastWeek()).plusDays(2).toString();
		this.page.navigate(url("/teams/" + team + "/monday?week=" + wednesday));
		org.assertj.core.api.Assertions.assertThat(this.page.url()).endsWith("week=" + lastWeek());
		com.microsoft.playwright.Response bad = this.page.navigate(url("/teams/" + team + "/monday?week=soon"));
		org.assertj.core.api.Assertions.assertThat(bad.status()).isEqualTo(400);
		assertThat(this.page.locator("body")).containsText("named by its Monday");
	}

}
