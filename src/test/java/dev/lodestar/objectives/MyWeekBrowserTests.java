package dev.lodestar.objectives;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class MyWeekBrowserTests extends BrowserTest {

	@Test
	void checkingInUpdatesProgressAndConfidenceInPlace() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		signIn(owner.email(), PASSWORD);
		screenshot("my-week-before");
		assertAccessible();

		Locator row = this.page.locator("#kr-" + first);
		assertThat(row.locator(".week-status")).containsText("Due this week");
		assertThat(this.page.locator("#kr-" + second + " .week-status")).containsText("Due this week");
		assertThat(row.locator(".kr-values")).hasText("Now 10 · target 50 (from 10)");
		row.getByLabel("New value").fill("30");
		row.getByLabel("Confidence").fill("8");
		row.getByLabel("Note").fill("Halfway, and the trend is good.");
		row.getByLabel("Note").press("Enter");

		assertThat(row.locator(".saved-note")).hasText("Checked in.");
		assertThat(row.locator(".week-status")).hasText("✓ Checked in this week");
		assertThat(row.locator(".kr-values")).hasText("Now 30 · target 50 (from 10)");
		assertThat(this.page.locator("#kr-" + second + " .week-status")).containsText("Due this week");
		assertThat(row.locator(".kr-figures strong")).hasText("50 %");
		assertThat(row.locator(".confidence")).containsText("Confidence 8");
		assertThat(this.page.locator("#kr-" + second).getByLabel("New value")).isFocused();
		screenshot("my-week-after-check-in");
		assertThat(this.page.locator("#kr-" + first + " .kr-last")).containsText("Halfway");
	}

	@Test
	void refusedCheckInKeepsWhatWasTypedAndSaysWhyBesideTheField() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		signIn(owner.email(), PASSWORD);
		Locator row = this.page.locator("#kr-" + keyResult);
		row.getByLabel("New value").fill("thirty");
		row.getByLabel("Confidence").fill("12");
		row.getByLabel("Note").fill("Typed with care");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check in")).click();

		assertThat(row.locator("#kr-" + keyResult + "-value-error")).hasText("must be a number");
		assertThat(row.locator("#kr-" + keyResult + "-confidence-error")).hasText("must be between 1 and 10");
		assertThat(row.getByLabel("New value")).hasValue("thirty");
		assertThat(row.getByLabel("Note")).hasValue("Typed with care");
		assertThat(row.getByLabel("New value")).isFocused();
		screenshot("my-week-refused");
		assertAccessible();
		org.assertj.core.api.Assertions
			.assertThat(this.admin.get("/api/v1/key-results/" + keyResult + "/check-ins").json().get("total").asInt())
			.isZero();
	}

	@Test
	void threeCheckInsWithTheKeyboardAlone() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String[] keyResults = { keyResult(objective, owner.id()), keyResult(objective, owner.id()),
				keyResult(objective, owner.id()) };
		signIn(owner.email(), PASSWORD);
		this.page.locator("#kr-" + keyResults[0]).getByLabel("New value").focus();
		long started = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			this.page.keyboard().press("Control+A");
			this.page.keyboard().type(Integer.toString(20 + i * 5));
			this.page.keyboard().press("Tab");
			this.page.keyboard().type("7");
			this.page.keyboard().press("Tab");
			this.page.keyboard().type("On our way");
			this.page.keyboard().press("Enter");
			assertThat(this.page.locator("#kr-" + keyResults[i] + " .saved-note")).isVisible();
			if (i < 2) {
				assertThat(this.page.locator("#kr-" + keyResults[i + 1]).getByLabel("New value")).isFocused();
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		org.assertj.core.api.Assertions.assertThat(seconds).isLessThan(60);
		for (String keyResult : keyResults) {
			org.assertj.core.api.Assertions
				.assertThat(this.admin.get("/api/v1/key-results/" + keyResult).json().get("confidence").asInt())
				.isEqualTo(7);
		}
	}

	@Test
	void emptyWeekExplainsWhatAKeyResultIs() {
		Person newcomer = person("member");
		cycle("execute");
		signIn(newcomer.email(), PASSWORD);
		assertThat(this.page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName(java.util.regex.Pattern.compile("You own no key results")))).isVisible();
		assertAccessible();
		screenshot("my-week-empty");
	}

}
