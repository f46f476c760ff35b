package dev.lodestar.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1",
		"lodestar.admin.email=", "lodestar.admin.password=" })
class FirstRunBrowserTests extends BrowserTest {

	@Test
	void theFirstPersonSetsLodestarUpAndSignsIn() {
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(url("/setup"));
		screenshot("setup");
		assertAccessible();

		fill("Ada Admin", "ada@first-run.test", "ada-password-1", "ada-password-2");
		assertThat(this.page.locator("#setup-repeat-error")).hasText("does not match the password");
		assertThat(this.page.getByLabel("Your name")).hasValue("Ada Admin");
		assertThat(this.page.getByLabel("Email")).hasValue("ada@first-run.test");
		screenshot("setup-refused");
		assertAccessible();

		fill("Ada Admin", "ada@first-run.test", "password1", "password1");
		assertThat(this.page.locator("#setup-password-error")).containsText("most common passwords");
		fill("Ada Admin", "ada@first-run.test", "Ada@First-Run.test", "Ada@First-Run.test");
		assertThat(this.page.locator("#setup-password-error")).hasText("must not be your email address");

		fill("Ada Admin", "ada@first-run.test", "ada-password-1", "ada-password-1");
		assertThat(this.page).hasURL(url("/sign-in?created"));
		assertThat(this.page.locator(".notice")).containsText("you are its admin");
		screenshot("setup-done");
		assertAccessible();
		assertThat(this.page.navigate(url("/setup")).status()).isEqualTo(404);

		signIn("ada@first-run.test", "ada-password-1");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams & people")))
			.isVisible();
		screenshot("first-run-signed-in");
		assertAccessible();
		assertThat(this.anonymous.withBasic("ada@first-run.test", "ada-password-1")
			.post("/api/v1/tokens", java.util.Map.of("name", "first"))
			.status()).isEqualTo(201);
	}

	private void fill(String name, String email, String password, String again) {
		this.page.getByLabel("Your name").fill(name);
		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		this.page.getByLabel("Password, again").fill(again);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the admin")).click();
	}

}
