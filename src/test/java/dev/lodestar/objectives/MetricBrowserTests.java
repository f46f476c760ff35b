package dev.lodestar.objectives;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A lead adds a metric with a baseline, a key result on the team page tracks it and
 * starts from it, a check-in adds to its history, and the metric's page charts it; what a
 * refused form was sent keeps what was typed.
 */
class MetricBrowserTests extends BrowserTest {

	@Test
	void aLeadTracksAMetricFromItsBaselineAcrossACheckIn() {
		Person lead = person("member");
		String team = team("Activation " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("execute");
		objective(cycle, team);
		String name = "Weekly active customers " + UUID.randomUUID().toString().substring(0, 8);

		signIn(lead.email(), PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metrics").setExact(true)).click();
		Locator add = this.page.locator("form[action$='/metrics']");
		add.getByLabel("Unit").fill("accounts");
		button(add, "Add the metric").click();
		assertThat(this.page.locator("#metric-name-error")).hasText("must not be blank");
		assertThat(this.page.getByLabel("Unit")).hasValue("accounts");
		assertThat(this.page.getByLabel("Name")).isFocused();
		this.page.getByLabel("Name").fill(name);
		button(this.page.locator("form[action$='/metrics']"), "Add the metric").click();
		assertThat(this.page.locator("h1")).hasText(name);
		assertThat(this.page.locator("main")).containsText("No value yet");

		Locator value = this.page.locator("form[action$='/values']");
		value.getByLabel("Value").fill("nine hundred");
		button(value, "Add the value").click();
		assertThat(this.page.locator("#value-value-error")).hasText("must be a number");
		assertThat(this.page.getByLabel("Value (accounts)")).hasValue("nine hundred");
		this.page.getByLabel("Value (accounts)").fill("900");
		button(this.page.locator("form[action$='/values']"), "Add the value").click();
		assertThat(this.page.locator("#history tbody tr")).hasCount(1);
		assertThat(this.page.locator(".tags")).containsText("Now 900");

		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		Locator card = this.page.locator(".team-card").first();
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add key result")).click();
		assertThat(card.getByLabel("Title")).isFocused();
		card.getByLabel("Title").fill("Weekly active customers to 1,200");
		card.getByLabel("Tracks a metric")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name + " (accounts) · now 900"));
		card.getByLabel("Target value").fill("1200");
		button(card, "Add key result").click();
		Locator keyResult = card.locator(".team-kr").filter(new Locator.FilterOptions().setHasText("to 1,200"));
		assertThat(keyResult).hasCount(1);

		JsonNode created = this.admin.get("/api/v1/objectives?teamId=" + team)
			.json()
			.get("items")
			.get(0)
			.get("keyResults")
			.get(0);
		org.assertj.core.api.Assertions.assertThat(created.get("startValue").asDouble()).isEqualTo(900.0);
		org.assertj.core.api.Assertions.assertThat(created.get("unit").asString()).isEqualTo("accounts");
		String id = created.get("id").asString();
		this.page.navigate(url("/key-results/" + id));
		assertThat(this.page.locator(".tags")).containsText("Tracks the metric " + name);
		this.page.getByLabel("New value (accounts)").fill("1010");
		this.page.getByLabel("Confidence").fill("7");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in")).click();
		assertThat(this.page.locator(".kr-progress")).containsText("%");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		assertThat(this.page.locator(".tags")).containsText("Now 1,010");
		assertThat(this.page.locator("#history tbody tr")).hasCount(2);
		assertThat(this.page.locator("#history tbody tr").first()).containsText("a check-in (manual)");
		Locator chart = this.page.locator("figure.metric-chart svg");
		assertThat(chart.locator("polyline.trend-line")).hasCount(1);
		assertThat(chart.locator("circle.trend-point")).hasCount(2);
		assertThat(chart.locator("line.metric-target")).hasCount(1);
		assertThat(chart.locator("circle.metric-baseline")).hasCount(1);
		assertThat(chart.locator("text").filter(new Locator.FilterOptions().setHasText("target 1200"))).hasCount(1);
		assertThat(this.page.locator("main")).containsText("Weekly active customers to 1,200");
		screenshot("metric-page");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("metric-page-phone");
		this.page.setViewportSize(1280, 860);
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

}
