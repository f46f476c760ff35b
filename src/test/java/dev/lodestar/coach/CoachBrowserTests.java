package dev.lodestar.coach;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coach as a person meets it: its panel beside the new objective's form answers what
 * is typed without a reload (a piece of work named as the objective shows up, a why makes
 * {@code no-why} go away), an objective's page and its key-result form show what the
 * coach finds, and a champion reads the cycle's findings per team from the cycles page.
 */
class CoachBrowserTests extends BrowserTest {

	@Test
	void theCoachAnswersAsTheLeadTypes() {
		Person lead = person("member");
		String team = team("Checkout " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("set");
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));

		Locator form = this.page.locator("#new-objective");
		Locator coach = form.locator("#new-objective-coach");
		assertThat(coach.locator("[data-rule=no-why]")).hasCount(1);
		this.page.evaluate("() => window.notReloaded = true");

		form.getByLabel("Title")
			.pressSequentially("Launch the new checkout", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(coach.locator("[data-rule=output-not-outcome]")).containsText("names a piece of work");
		assertThat(coach.locator("[data-rule=output-not-outcome]")).containsText("Make paying effortless");
		assertThat(coach.locator("[data-rule=no-why]")).hasCount(1);

		form.getByLabel("Why it matters")
			.fill("Customers drop out at the checkout, and every one of them is revenue we earned and lost.");
		assertThat(coach.locator("[data-rule=no-why]")).hasCount(0);
		assertThat(coach.locator("[data-rule=too-few-key-results]")).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("() => window.notReloaded === true"))
			.isEqualTo(true);
		screenshot("coach-while-typing");
		assertAccessible();

		form.getByLabel("Title").fill("Make paying effortless");
		assertThat(coach.locator("[data-rule=output-not-outcome]")).hasCount(0);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create objective")).click();
		Locator card = this.page.locator(".team-card")
			.filter(new Locator.FilterOptions().setHasText("Make paying effortless"));
		assertThat(card).isVisible();

		card.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Add key result to Make paying effortless"))
			.click();
		Locator adding = card.locator("form.edit-form");
		adding.getByLabel("Title").fill("Publish 10 blog posts");
		adding.getByLabel("Type").selectOption("metric");
		adding.getByLabel("Start value").fill("0");
		adding.getByLabel("Target value").fill("10");
		Locator keyResultCoach = adding.locator(".coach-panel");
		assertThat(keyResultCoach.locator("[data-rule=output-not-outcome]")).containsText("Counts work done");
		assertThat(keyResultCoach.locator("[data-rule=output-not-outcome]"))
			.containsText("Key result “Publish 10 blog posts”");
		assertThat(keyResultCoach.locator("[data-rule=no-target]")).hasCount(0);
		screenshot("coach-on-a-key-result");
		assertAccessible();
	}

	@Test
	void anObjectivesPageAndTheCyclesSummaryShowWhatTheCoachFound() {
		String cycle = cycle("set");
		String team = team("Growth " + UUID.randomUUID());
		Person lead = person("member");
		join(team, lead, true);
		String objective = objective(cycle, team);
		keyResult(objective, lead.id(), "Hold 12 customer interviews");
		Person champion = person("champion");
		signIn(champion.email(), PASSWORD);

		this.page.navigate(url("/objectives/" + objective));
		Locator coach = this.page.locator("#coach");
		assertThat(coach.locator("[data-rule=no-why]")).containsText("Says nothing about why it matters");
		assertThat(coach.locator("[data-rule=output-not-outcome]")).containsText("Counts work done");
		assertAccessible();

		this.page.navigate(url("/cycles"));
		this.page.locator("#cycle-" + cycle)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The coach’s findings per team"))
			.click();
		this.page.waitForURL(url("/cycles/" + cycle + "/coach"));
		Locator row = this.page.locator("#coach-team-" + team);
		assertThat(row).containsText("No why (1)");
		assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delight our customers")))
			.isVisible();
		screenshot("coach-cycle-summary");
		assertAccessible();
	}

}
