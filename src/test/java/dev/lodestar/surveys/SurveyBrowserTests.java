package dev.lodestar.surveys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The survey in a browser: a member is prompted on My week, answers, and sees a thank
 * you; a champion edits nothing once answers are in and reads the results.
 */
class SurveyBrowserTests extends BrowserTest {

	@Test
	void aMemberAnswersFromMyWeekAndAChampionReadsTheResults() {
		Person member = person("member");
		Person champion = person("champion");
		String cycle = cycle("reflect");

		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/"));
		this.page.locator(".survey-prompt a[href='/cycles/" + cycle + "/survey']").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How did OKRs work in")))
			.isVisible();
		assertAccessible();
		this.page.locator("fieldset")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Scoring felt fair"))
			.getByLabel("4")
			.check();
		this.page.locator("fieldset").first().getByLabel("5").check();
		this.page.getByLabel("What should we change about how we run OKRs?").fill("x".repeat(10_001));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(this.page.locator(".survey-question .field-error")).containsText("must be at most 10000");
		assertThat(this.page.getByLabel("What should we change about how we run OKRs?")).hasValue("x".repeat(10_001));
		assertThat(this.page.locator("fieldset").first().getByLabel("5")).isChecked();
		this.page.getByLabel("What should we change about how we run OKRs?").fill("Fewer key results per team");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(this.page.locator("main [role=status]")).containsText("Thank you");
		assertThat(this.page.locator("form.survey-form")).hasCount(0);
		this.page.navigate(url("/"));
		assertThat(this.page.locator(".survey-prompt a[href='/cycles/" + cycle + "/survey']")).hasCount(0);

		this.page.context().clearCookies();
		signIn(champion.email(), PASSWORD);
		this.page.navigate(url("/cycles"));
		this.page.locator("#cycle-" + cycle)
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Survey results"))
			.click();
		assertThat(this.page.locator(".survey-rate")).containsText("people answered");
		assertThat(this.page.locator("main")).containsText("Fewer than 3 people have answered");
		assertThat(this.page.locator(".survey-texts")).containsText("Fewer key results per team");
		assertThat(this.page.locator(".survey-result").first().locator(".survey-mean")).hasText("5.0");
		screenshot("survey-results");
		assertAccessible();
		this.page.navigate(url("/cycles/" + cycle + "/survey/questions"));
		assertThat(this.page.locator("main")).containsText("The questions are fixed");
		assertThat(this.page.locator("form.survey-questions")).hasCount(0);
	}

	@Test
	void aChampionRewordsAndAddsAQuestionBeforeAnyAnswer() {
		Person champion = person("champion");
		String cycle = cycle("reflect");
		signIn(champion.email(), PASSWORD);
		this.page.navigate(url("/cycles/" + cycle + "/survey"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the questions")).click();
		this.page.locator("#text0").fill(" ");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the questions")).click();
		assertThat(this.page.locator("#error0")).hasText("must not be blank");
		this.page.locator("#text0").fill("OKRs kept us focused");
		this.page.getByLabel("New question").fill("What surprised you?");
		this.page.locator("#kind6").selectOption("text");
		this.page.locator("input[name=remove4]").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the questions")).click();
		assertThat(this.page.locator("main [role=status]")).containsText("The questions are saved.");
		assertThat(this.page.locator("#text0")).hasValue("OKRs kept us focused");
		assertThat(this.page.locator(".survey-question-row")).hasCount(7);
		assertAccessible();
		this.page.navigate(url("/cycles/" + cycle + "/survey"));
		assertThat(this.page.locator("main")).containsText("What surprised you?");
		assertThat(this.page.locator("main")).not().containsText("Scoring felt fair");
	}

}
