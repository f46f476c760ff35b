package dev.lodestar.activity;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ActivityBrowserTests extends BrowserTest {

	@Test
	void aTeamsFeedTellsWhatItDidAndLeadsToIt() {
		Person member = person("member");
		String name = "Growth " + UUID.randomUUID().toString().substring(0, 6);
		String team = team(name);
		join(team, member, false);
		String objective = objective(cycle("execute"), team);
		String keyResult = keyResult(objective, member.id());
		created(member.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 7)));
		this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));

		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What happened lately")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + " activity")))
			.isVisible();
		var entries = this.page.locator(".activity-entry");
		assertThat(entries).hasCount(3);
		assertThat(entries.nth(0)).containsText(name + " published ‘Delight our customers’");
		assertThat(entries.nth(1))
			.containsText("A member checked in Weekly active teams: was 10, now 30, confidence 7");
		assertThat(entries.nth(2)).containsText("Admin drafted ‘Delight our customers’ for " + name);
		assertThat(entries.nth(1).locator("time")).hasText(java.util.regex.Pattern.compile("just now|minutes? ago"));
		assertAccessible();
		screenshot("activity-team");

		entries.nth(1).getByRole(AriaRole.LINK).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Weekly active teams")))
			.isVisible();
	}

	@Test
	void theCompanyFeedIsLinkedFromTheCompanyPage() {
		Person member = person("member");
		String cycle = cycle("set");
		String cycleName = this.admin.get("/api/v1/cycles/" + cycle).field("name");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/company"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What happened lately")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Company activity")))
			.isVisible();
		assertThat(this.page.locator(".activity-entry").first()).containsText(cycleName + " moved to set");
		assertAccessible();
		screenshot("activity-company");
	}

}
