package dev.lodestar.gaps;

import java.util.Map;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class GapsPageBrowserTests extends BrowserTest {

	@Test
	void offTrackComesFirstThenBiggestGapsWithTheirFlagsAndTheTeamFilterNarrowsThem() {
		Person owner = person("member");
		String payments = team("Payments " + java.util.UUID.randomUUID());
		String search = team("Search " + java.util.UUID.randomUUID());
		String cycle = cycle("execute");
		String behind = keyResult(objective(cycle, payments), owner.id());
		String falling = keyResult(objective(cycle, search), owner.id());
		String ahead = keyResult(objective(cycle, payments), owner.id());
		checkIn(owner, falling, 14, 8);
		checkIn(owner, falling, 16, 3);
		checkIn(owner, ahead, 40, 8);
		signIn(owner.email(), PASSWORD);

		this.page.navigate(url("/gaps?cycle=" + cycle));

		Locator rows = this.page.locator(".gaps-table tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(rows.nth(0)).hasAttribute("id", "gap-" + falling);
		assertThat(rows.nth(1)).hasAttribute("id", "gap-" + behind);
		assertThat(rows.nth(2)).hasAttribute("id", "gap-" + ahead);
		assertThat(rows.nth(1).locator(".flag")).hasText("stale");
		assertThat(rows.nth(0).locator(".flag")).hasText(new String[] { "confidence dropped", "off track" });
		assertThat(rows.nth(0).locator(".gap-change")).hasText("−5");
		assertThat(rows.nth(2)).containsText("pts ahead");
		assertThat(this.page.locator(".gaps-counts")).containsText("3 key results");
		assertThat(this.page.locator(".gaps-expected")).containsText("33 %");
		screenshot("gaps");
		assertAccessible();

		this.page.getByLabel("Team").selectOption(payments);

		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0)).hasAttribute("id", "gap-" + behind);
		assertThat(this.page.locator(".gaps-counts")).containsText("2 key results");
		org.assertj.core.api.Assertions.assertThat(this.page.url()).contains("team=" + payments);
		screenshot("gaps-filtered");
	}

	@Test
	void aMilestoneNotYetDueIsNotBehindAndBehindWithConfidenceOnTrackSaysWhy() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		String milestone = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Launch the new checkout", "ownerId", owner.id(), "type", "milestone")));
		String confident = keyResult(objective, owner.id(), "Confident but behind");
		String atRisk = keyResult(objective, owner.id(), "At risk");
		checkIn(owner, milestone, 0, 8);
		checkIn(owner, confident, 12, 8);
		checkIn(owner, atRisk, 30, 5);
		signIn(owner.email(), PASSWORD);

		this.page.navigate(url("/gaps?cycle=" + cycle));

		Locator rows = this.page.locator(".gaps-table tbody tr");
		assertThat(rows).hasCount(3);
		// at risk first, then the biggest gap among the confident ones; the milestone is
		// not behind
		assertThat(rows.nth(0)).hasAttribute("id", "gap-" + atRisk);
		assertThat(rows.nth(1)).hasAttribute("id", "gap-" + confident);
		assertThat(rows.nth(2)).hasAttribute("id", "gap-" + milestone);
		assertThat(rows.nth(2).locator(".gap-gap strong")).hasText("not due yet");
		assertThat(rows.nth(2)).not().containsText("behind");
		assertThat(rows.nth(2).locator(".gap-figures")).hasText("not done · due by the cycle's end");
		assertThat(rows.nth(1).locator(".gap-gap strong")).hasClass("gap-behind-confident");
		assertThat(rows.nth(1).locator(".gap-why")).containsText("confidence is on track");
		assertThat(rows.nth(1).locator(".gap-figures")).hasText("5 % done · 33 % expected");

		this.page.setViewportSize(390, 844);
		org.assertj.core.api.Assertions
			.assertThat(this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the gaps page fits 390 px")
			.isEqualTo(true);
		assertThat(rows.nth(0).locator(".gap-confidence")).isVisible();
		screenshot("gaps-phone");
		assertAccessible();
	}

	@Test
	void gapsInTheMenuLeadToTheCurrentCycle() {
		Person viewer = person("viewer");
		signIn(viewer.email(), PASSWORD);
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gaps").setExact(true))
			.click();
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Biggest gaps")))
			.isVisible();
		assertAccessible();
	}

	private static void checkIn(Person owner, String keyResult, double value, int confidence) {
		var reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

}
