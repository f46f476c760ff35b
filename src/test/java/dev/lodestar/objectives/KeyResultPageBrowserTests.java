package dev.lodestar.objectives;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class KeyResultPageBrowserTests extends BrowserTest {

	@Test
	void checkingInFromThePageAddsToItsHistory() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply earlier = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", 14, "confidence", 6, "note", "A slow start."));
		org.assertj.core.api.Assertions.assertThat(earlier.status()).isEqualTo(201);
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(this.page.locator(".history-entry")).hasCount(1);
		assertThat(this.page.locator("svg.chart[role=img]")).hasAttribute("aria-label",
				java.util.regex.Pattern.compile("10 % is reached"));
		assertAccessible();

		this.page.getByLabel("New value").fill("30");
		this.page.getByLabel("Confidence").fill("8");
		this.page.getByLabel("Note").fill("Halfway, and the trend is good.");
		this.page.getByLabel("Blockers").fill("None this week.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in")).click();

		assertThat(this.page).hasURL(url("/key-results/" + keyResult));
		assertThat(this.page.locator("#check-in-saved[role=status]")).containsText("Check-in saved.");
		assertThat(this.page.locator(".figures")).containsText("Now 30 · target 50 (from 10)");
		assertThat(this.page.locator(".rollup")).hasCount(0);
		Locator history = this.page.locator(".history-entry");
		assertThat(history).hasCount(2);
		assertThat(history.first()).hasClass(java.util.regex.Pattern.compile("just-saved"));
		assertThat(history.first()).containsText("Just saved");
		assertThat(history.last()).not().containsText("Just saved");
		assertThat(history.first()).containsText("Halfway, and the trend is good.");
		assertThat(history.first()).containsText("None this week.");
		assertThat(history.first()).containsText("Confidence 8");
		assertThat(history.last()).containsText("A slow start.");
		assertThat(this.page.locator(".kr-progress strong")).hasText("50 %");
		screenshot("key-result");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("key-result-phone");
		assertAccessible();
	}

	@Test
	void refusedCheckInKeepsWhatWasTypedBesideTheReason() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		this.page.getByLabel("New value").fill("thirty");
		this.page.getByLabel("Confidence").fill("12");
		this.page.getByLabel("Note").fill("Typed with care");
		this.page.getByLabel("Blockers").fill("Waiting on legal");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in")).click();

		assertThat(this.page.locator("#check-in-value-error")).hasText("must be a number");
		assertThat(this.page.locator("#check-in-confidence-error")).hasText("must be between 1 and 10");
		assertThat(this.page.getByLabel("New value")).hasValue("thirty");
		assertThat(this.page.getByLabel("New value")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.getByLabel("Note")).hasValue("Typed with care");
		assertThat(this.page.getByLabel("Blockers")).hasValue("Waiting on legal");
		assertThat(this.page.locator(".history-entry")).hasCount(0);
		screenshot("key-result-refused");
		assertAccessible();
	}

	@Test
	void aViewerSeesNoCheckInAndIsRefusedAnyway() {
		Person owner = person("member");
		Person viewer = person("viewer");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Weekly active teams")))
			.isVisible();
		assertThat(this.page.locator("form#check-in")).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in"))).hasCount(0);
		Object status = this.page.evaluate("""
				async (id) => {
				  const headers = JSON.parse(document.body.getAttribute('hx-headers'));
				  const body = new URLSearchParams({ value: '20', confidence: '7', back: '/key-results/' + id });
				  const response = await fetch('/key-results/' + id + '/check-ins',
				      { method: 'POST', headers: headers, body: body, redirect: 'manual' });
				  return response.status;
				}""", keyResult);
		org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
		assertAccessible();
	}

}
