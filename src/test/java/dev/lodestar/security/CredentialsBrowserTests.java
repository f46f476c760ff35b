package dev.lodestar.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Chromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The tokens page with scopes and expiry, and the password form: held back after too many
 * wrong current passwords, and ending the other browser's session when it changes the
 * password.
 */
@TestPropertySource(properties = "lodestar.sign-in.max-failures=3")
class CredentialsBrowserTests extends BrowserTest {

	@Test
	void aReadOnlyTokenWithALastDayIsListedAsSuchAndRevoked() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/profile/tokens"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.page.getByLabel("What it is for").fill("Dashboard");
		this.page.getByLabel("It may").selectOption("read");
		this.page.getByLabel("Last day (optional)").fill(today.minusDays(1).toString());
		button("Create token").click();
		assertThat(this.page.locator("#token-expires-error")).hasText("must be in the future");
		assertThat(this.page.getByLabel("It may")).hasValue("read");

		this.page.getByLabel("Last day (optional)").fill(today.plusDays(7).toString());
		button("Create token").click();
		String token = this.page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).inputValue();
		Locator row = this.page.locator(".token-list li").filter(new Locator.FilterOptions().setHasText("Dashboard"));
		assertThat(row).containsText("only reads");
		assertThat(row).containsText("works until the end of");
		screenshot("tokens-scope-expiry");
		assertAccessible();

		Api api = this.anonymous.withToken(token);
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/people/me").status()).isEqualTo(200);
		org.assertj.core.api.Assertions
			.assertThat(api.patch("/api/v1/people/" + member.id(), Map.of("name", "Writer")).status())
			.isEqualTo(403);
		button("Revoke Dashboard").click();
		assertThat(this.page.locator(".notice")).hasText("Revoked the token; it no longer works.");
		assertThat(this.page.locator(".token-list li").filter(new Locator.FilterOptions().setHasText("Dashboard")))
			.hasCount(0);
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/people/me").status()).isEqualTo(401);
	}

	@Test
	void aNewPasswordEndsTheOtherBrowsersSessionAndRevokesTokens() {
		Person member = person("member");
		BrowserContext other = Chromium.newContext(1280, 860);
		try {
			Page elsewhere = other.newPage();
			elsewhere.navigate(url("/sign-in"));
			elsewhere.getByLabel("Email").fill(member.email());
			elsewhere.getByLabel("Password").fill(PASSWORD);
			elsewhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			elsewhere.waitForURL(url("/"));

			signIn(member.email(), PASSWORD);
			this.page.navigate(url("/profile"));
			changePassword(PASSWORD, "a-long-new-passphrase");
			assertThat(this.page.locator(".notice")).hasText("Changed your password.");

			elsewhere.navigate(url("/profile"));
			elsewhere.waitForURL(url("/sign-in"));
			this.page.navigate(url("/profile"));
			assertThat(this.page).hasURL(url("/profile"));
			org.assertj.core.api.Assertions.assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		}
		finally {
			other.close();
		}
	}

	@Test
	void thePasswordFormHoldsBackAfterTooManyWrongCurrentPasswords() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/profile"));
		for (int i = 0; i < 3; i++) {
			changePassword("wrong-guess-" + i, "a-long-new-passphrase");
			assertThat(this.page.locator("#current-password-error")).hasText("is not your current password");
		}
		changePassword(PASSWORD, "a-long-new-passphrase");
		assertThat(this.page.locator("#current-password-error")).containsText("wrong too often lately");
		screenshot("profile-password-held-back");
		assertAccessible();
		changePassword(PASSWORD, "password1");
		org.assertj.core.api.Assertions.assertThat(
				this.anonymous.withBasic(member.email(), PASSWORD).post("/api/v1/tokens", Map.of("name", "x")).status())
			.isEqualTo(429);
	}

	private void changePassword(String current, String next) {
		this.page.getByLabel("Current password").fill(current);
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(next);
		this.page.getByLabel("New password, again").fill(next);
		button("Change password").click();
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
