package dev.lodestar.organization;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ProfileBrowserTests extends BrowserTest {

	@Test
	void aPersonRenamesThemselvesAndIsToldWhyAPasswordIsRefused() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A member")).click();
		screenshot("profile");
		assertAccessible();
		String name = "Ada " + UUID.randomUUID().toString().substring(0, 8);
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		button("Save name").click();
		assertThat(this.page.locator(".notice")).hasText("Saved your name.");
		assertThat(this.page.locator(".account-person .account-name")).hasText(name);

		this.page.getByLabel("Current password").fill("not-my-password");
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("short");
		this.page.getByLabel("New password, again").fill("different");
		button("Change password").click();
		assertThat(this.page.locator("#current-password-error")).hasText("is not your current password");
		assertThat(this.page.locator("#repeat-password-error")).hasText("does not match the new password");
		screenshot("profile-refused");
		this.page.setViewportSize(390, 844);
		screenshot("profile-phone");
		assertAccessible();

		this.page.getByLabel("Current password").fill(PASSWORD);
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a-new-password-2");
		this.page.getByLabel("New password, again").fill("a-new-password-2");
		button("Change password").click();
		assertThat(this.page.locator(".notice")).hasText("Changed your password.");
		org.assertj.core.api.Assertions
			.assertThat(this.anonymous.withBasic(member.email(), "a-new-password-2")
				.post("/api/v1/tokens", java.util.Map.of("name", "check"))
				.status())
			.isEqualTo(201);
	}

	@Test
	void aTokenIsShownOnceWorksAndStopsWorkingWhenRevoked() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/profile/tokens"));
		button("Create token").click();
		assertThat(this.page.locator("#token-name-error")).hasText("must not be blank");
		assertAccessible();
		this.page.getByLabel("What it is for").fill("Nightly report");
		button("Create token").click();
		String token = this.page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).inputValue();
		org.assertj.core.api.Assertions.assertThat(token).startsWith("lst_");
		assertThat(this.page.locator("#new-token-hint")).containsText("cannot show it again");
		screenshot("tokens-created");
		this.page.setViewportSize(390, 844);
		screenshot("tokens-created-phone");
		assertAccessible();

		Api api = this.anonymous.withToken(token);
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/people/me").field("email"))
			.isEqualTo(member.email());

		this.page.navigate(url("/profile/tokens"));
		assertThat(this.page.locator("#new-token")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(this.page.content()).doesNotContain(token);
		button("Revoke Nightly report").click();
		assertThat(this.page.locator(".notice")).hasText("Revoked the token; it no longer works.");
		screenshot("tokens-revoked");
		org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/people/me").status()).isEqualTo(401);
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
