package dev.lodestar.objectives;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ResetBrowserTests extends BrowserTest {

	@Test
	void aLeadAdjustsAScoreThenCarriesTheObjectiveOverAndDropsAnother() {
		Person lead = person("member");
		String team = team("Checkout");
		join(team, lead, true);
		String cycle = cycle("execute");
		String next = created(this.admin.post("/api/v1/cycles",
				Map.of("name", "The next quarter " + java.util.UUID.randomUUID().toString().substring(0, 8),
						"startDate", java.time.LocalDate.now().plusDays(1).toString(), "endDate",
						java.time.LocalDate.now().plusDays(91).toString())));
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Make paying effortless", "kind", "committed")));
		String keyResult = keyResult(objective, lead.id());
		String other = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Open a shop in Lisbon")));
		keyResult(other, lead.id());
		Reply checkIn = lead.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 5));
		org.assertj.core.api.Assertions.assertThat(checkIn.status()).isEqualTo(201);
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		signIn(lead.email(), PASSWORD);

		this.page.navigate(url("/objectives/" + objective));
		Locator score = this.page.locator("#score-heading + .reset-facts");
		assertThat(score).containsText("Score 0.5");
		assertThat(score).containsText("Missed: committed, 1.0 expected");
		Locator line = this.page.locator("#key-result-" + keyResult);
		line.getByLabel("Score", new Locator.GetByLabelOptions().setExact(true)).fill("0.8");
		line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save score of Weekly active teams"))
			.click();
		assertThat(line.locator(".field-error")).containsText("required");
		assertThat(line.getByLabel("Score", new Locator.GetByLabelOptions().setExact(true))).hasValue("0.8");
		line.getByLabel("Reason for a score other than the progress").fill("Two pilots signed count as live");
		line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save score of Weekly active teams"))
			.click();
		line = this.page.locator("#key-result-" + keyResult);
		assertThat(line.locator(".score")).containsText("Score 0.8");
		assertThat(line.locator(".score-reason"))
			.hasText("Adjusted from its progress, 0.5: Two pilots signed count as live");
		assertThat(this.page.locator("#score-heading + .reset-facts")).containsText("Missed: committed, 1.0 expected");
		screenshot("scores");
		assertAccessible();

		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		assertThat(this.page.locator("#objective-" + objective + " .objective-progress")).containsText("Score 0.8");
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Reset this cycle: carry over or drop objectives"))
			.click();
		assertThat(this.page).hasURL(url("/cycles/" + cycle + "/reset?team=" + team));
		for (Locator option : this.page.locator(".reset-option").all()) {
			// each tick box sits beside its label, on the same line, not above it
			var tick = option.locator("input[type=checkbox]").boundingBox();
			var text = option.boundingBox();
			org.assertj.core.api.Assertions.assertThat(tick.width).as("tick box width").isLessThan(40);
			org.assertj.core.api.Assertions.assertThat(tick.x + tick.width)
				.as("the label's text starts beside the tick box")
				.isLessThan(text.x + 40);
			org.assertj.core.api.Assertions.assertThat(option.evaluate("(label) => getComputedStyle(label).display"))
				.isEqualTo("flex");
		}
		Locator dropping = this.page.locator("#reset-" + other);
		dropping.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Drop Open a shop in Lisbon"))
			.click();
		dropping = this.page.locator("#reset-" + other);
		assertThat(dropping.locator(".field-error")).containsText("required");
		dropping.getByLabel("Reason to drop it").fill("The partner left the market");
		dropping.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Drop Open a shop in Lisbon"))
			.click();
		assertThat(this.page.locator("#reset-" + other)).containsText("Dropped: The partner left the market");

		Locator carrying = this.page.locator("#reset-" + objective);
		assertThat(carrying.getByLabel("Carry over into")).hasValue(next);
		carrying.locator("input[type=checkbox][name=objective]").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Carry over the ticked objectives"))
			.click();
		assertThat(this.page.locator(".notice[role=status]")).containsText("Make paying effortless");
		carrying = this.page.locator("#reset-" + objective);
		assertThat(carrying).containsText("Carried into");
		screenshot("reset");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("reset-phone");
		this.page.setViewportSize(1280, 860);

		carrying.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The next quarter")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Make paying effortless")))
			.isVisible();
		assertThat(this.page.locator(".tags")).containsText("draft");
		this.page.locator(".kr-title a").first().click();
		Locator lineage = this.page.locator(".lineage-table tbody tr");
		assertThat(lineage).hasCount(2);
		assertThat(lineage.first()).containsText("30");
		assertThat(lineage.first()).containsText("0.8");
		lineage.first().getByRole(AriaRole.LINK).click();
		assertThat(this.page).hasURL(url("/key-results/" + keyResult));
		assertAccessible();

		this.page.navigate(url("/teams/" + team + "?cycle=" + next));
		Locator history = this.page.locator(".history-table tbody tr");
		assertThat(history).hasCount(1);
		assertThat(history.first()).containsText("0.8");
		assertThat(history.first()).containsText("0 of 1");
		assertAccessible();
	}

}
