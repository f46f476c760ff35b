package dev.lodestar.training;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of a member through the training: My week invites them and the menu leads
 * there; they open the last module left, send it without answers (each question says so
 * and nothing is completed), answer one question wrong (the form keeps the answers and
 * explains), then all right, and the module is done; the training page says they are done
 * and My week no longer invites them. A lead sees the team's progress. Axe runs on every
 * page.
 */
class TrainingBrowserTests extends BrowserTest {

	@Autowired
	private TrainingCatalogue catalogue;

	@Test
	void aMemberReadsAModuleAnswersWrongThenRightAndIsDone() {
		Person member = person("member");
		Person lead = person("member");
		String team = team("Training " + UUID.randomUUID());
		join(team, member, false);
		join(team, lead, true);
		for (String id : new String[] { "okrs-and-why", "writing-objectives", "outcome-key-results",
				"confidence-and-check-ins" }) {
			Map<String, String> answers = new HashMap<>();
			module(id).questions().forEach((question) -> answers.put(question.id(), question.answer()));
			member.api().post("/api/v1/training/modules/" + id + "/answers", Map.of("answers", answers));
		}

		signIn(member.email(), PASSWORD);
		Locator invitation = this.page.locator(".training-invitation");
		assertThat(invitation).containsText("4 of 5 modules done");
		assertThat(invitation).containsText("continue with Scoring and reflecting");
		assertAccessible();
		this.page.locator("nav .menu a[href='/training']").click();
		assertThat(this.page.locator("h1")).hasText("Training");
		assertThat(this.page.locator(".training-module")).hasCount(5);
		assertThat(this.page.locator(".training-module.done")).hasCount(4);
		assertThat(this.page.locator("#training-progress-heading")).hasText("4 of 5 modules done");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scoring and reflecting").setExact(true))
			.first()
			.click();
		assertThat(this.page.locator("h1")).hasText("Scoring and reflecting");
		assertThat(this.page.locator(".training-text h2").first()).hasText("A score from 0.0 to 1.0");
		TrainingModule module = module("scoring-and-reflecting");
		Locator check = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answers"));
		check.click();
		assertThat(this.page.locator(".training-question .field-error")).hasCount(module.questions().size());
		assertThat(this.page.locator("#question-q1 .field-error")).hasText("Choose an answer.");

		TrainingModule.Question first = module.questions().getFirst();
		String wrong = first.options()
			.stream()
			.filter((option) -> !first.rightAnswer(option))
			.findFirst()
			.orElseThrow();
		choose(first.id(), wrong);
		module.questions().stream().skip(1).forEach((question) -> choose(question.id(), question.answer()));
		check.click();
		assertThat(this.page.locator(".notice.error"))
			.containsText((module.questions().size() - 1) + " of " + module.questions().size() + " right");
		assertThat(this.page.locator("#question-q1")).hasClass(java.util.regex.Pattern.compile(".*wrong.*"));
		assertThat(this.page.locator("#question-q1 .training-explanation")).containsText(first.explanation());
		assertThat(this.page.locator("#question-q1").getByLabel(wrong, new Locator.GetByLabelOptions().setExact(true)))
			.isChecked();
		assertThat(this.page.locator("#question-q2")).hasClass(java.util.regex.Pattern.compile(".*right.*"));
		assertAccessible();

		choose(first.id(), first.answer());
		check.click();
		assertThat(this.page.locator(".notice")).containsText("This module is completed");
		assertThat(this.page.locator(".training-question.wrong")).hasCount(0);
		assertThat(this.page.locator(".page-head .training-done")).hasText("Done");
		screenshot("training-module");
		assertAccessible();

		this.page.navigate(url("/training"));
		assertThat(this.page.locator("#training-progress-heading")).hasText("You are done");
		assertThat(this.page.locator(".training-module.done")).hasCount(5);
		this.page.navigate(url("/"));
		assertThat(this.page.locator("h1")).isVisible();
		assertThat(this.page.locator(".training-invitation")).hasCount(0);
		signOut();

		signIn(lead.email(), PASSWORD);
		assertThat(this.page.locator(".training-invitation")).containsText("0 of 6 modules done");
		this.page.navigate(url("/training/progress"));
		assertThat(this.page.locator("#progress-heading")).hasText("1 of 2 done · 1 not yet");
		assertThat(this.page.locator(".training-table tbody tr")).hasCount(2);
		screenshot("training-progress");
		assertAccessible();
	}

	private void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

	private void choose(String question, String option) {
		this.page.locator("#question-" + question)
			.getByLabel(option, new Locator.GetByLabelOptions().setExact(true))
			.check();
	}

	private TrainingModule module(String id) {
		return this.catalogue.find(id).orElseThrow();
	}

}
