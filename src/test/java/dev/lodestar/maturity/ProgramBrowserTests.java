package dev.lodestar.maturity;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's page says how its OKRs mature once a cycle is closed; a champion reads the
 * organisation's on the program page, which a member cannot open.
 */
class ProgramBrowserTests extends BrowserTest {

	@Test
	void aTeamPageAndTheProgramPageSayWhereTheProgramStandsAndWhatToFocusOn() {
		Person lead = person("member");
		String team = team("Maturing " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		String keyResult = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results", Map.of("title",
				"Raise NPS to 45", "ownerId", lead.id(), "type", "metric", "startValue", 31, "targetValue", 45)));
		CycleSteps.checkIn(lead, keyResult, 40, 8);
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");

		signIn(lead.email(), PASSWORD);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true)))
			.hasCount(0);
		this.page.navigate(url("/teams/" + team));
		Locator section = this.page.locator("#team-maturity");
		assertThat(section.locator(".tag.stage")).hasText("Learning");
		assertThat(section).containsText("1 cycle completed");
		assertThat(section.locator(".maturity-focus li").first()).containsText("Check in every week");
		section.locator("summary").click();
		assertThat(section.locator(".maturity-signals")).containsText("Key results with a baseline");
		assertThat(section.locator(".maturity-signals")).containsText("100 %");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		section.screenshot(new Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "team-maturity-phone.png")));
		this.page.setViewportSize(1280, 860);
		// the organisation's maturity is open to everyone through the API, the page is
		// for those who run the program
		assertThat(lead.api().get("/api/v1/maturity").status()).isEqualTo(200);
		assertThat(this.page.navigate(url("/program")).status()).isEqualTo(403);
		this.page.navigate(url("/"));
		signOut();

		Person champion = person("champion");
		signIn(champion.email(), PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("The OKR program");
		assertThat(this.page.locator(".tag.stage")).hasText(Pattern.compile("Learning|Mastery"));
		assertThat(this.page.locator(".maturity-focus li").first()).isVisible();
		assertThat(this.page.locator(".program-health figure.trend")).hasCount(6);
		assertThat(this.page.locator(".program-health .trend circle.trend-point").first()).isVisible();
		assertThat(this.page.locator("section.calibration")).containsText("the Brier score is");
		assertThat(this.page.locator("section.calibration circle.calibration-point").first()).isVisible();
		screenshot("program-page");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("program-page-phone");
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).as("the program page scrolls sideways on a phone").isEqualTo(false);
	}

	private void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		this.page.waitForURL(Pattern.compile(".*/sign-in.*"));
	}

}
