package dev.lodestar.maturity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * My week looks back at a person's own confidence once a cycle they checked in on has
 * closed; a person who never did sees nothing of it.
 */
class CalibrationBrowserTests extends BrowserTest {

	@Test
	void aPersonSeesHowTheirConfidenceHeldUpOnMyWeekAndNobodyElseDoes() {
		Person owner = person("member");
		Person colleague = person("member");
		String team = team("Looking back " + UUID.randomUUID());
		join(team, owner, false);
		join(team, colleague, false);
		String cycle = cycle("execute");
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Ship without surprises", "kind", "committed")));
		// from 10 to 50: 50 is met, 30 is not
		String met = keyResult(objective, owner.id(), "Releases without a rollback");
		String missed = keyResult(objective, owner.id(), "Incidents found by customers");
		CycleSteps.checkIn(owner, met, 50, 7);
		CycleSteps.checkIn(owner, missed, 30, 9);
		CycleSteps.checkIn(owner, missed, 30, 9);
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");

		signIn(owner.email(), PASSWORD);
		var section = this.page.locator("section.calibration");
		// (0.7 − 1)² + 2 × 0.9² = 0.09 + 1.62, over 3
		assertThat(section).containsText("Over 3 check-ins in 1 closed cycle");
		assertThat(section).containsText("8.3 of 10");
		assertThat(section).containsText("33 %");
		assertThat(section).containsText("your confidence ran ahead of the outcome");
		assertThat(section.locator(".muted strong")).hasText("0.57");
		assertThat(section.locator("rect.calibration-bar")).hasCount(2);
		// the 0 % of confidence 9 is a mark on the axis
		assertThat(section.locator("circle.calibration-point")).hasCount(2);
		screenshot("calibration-my-week");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).as("My week scrolls sideways on a phone").isEqualTo(false);
		signOut();

		signIn(colleague.email(), PASSWORD);
		assertThat(this.page.locator("h1")).isVisible();
		assertThat(this.page.locator("section.calibration")).hasCount(0);
	}

	private void signOut() {
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign out"))
			.click();
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/sign-in.*"));
	}

}
