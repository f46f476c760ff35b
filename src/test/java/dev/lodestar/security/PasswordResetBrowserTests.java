package dev.lodestar.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person who forgot their password: from the sign-in page to "Forgot your password?",
 * the mail's link, a new password (refused first, then kept), and signed in with it on My
 * week. An admin sends a link from the people page. With
 * {@code -Dlodestar.user-guide=docs/images} the journey also takes the user guide's
 * pictures of the reset pages.
 */
class PasswordResetBrowserTests extends BrowserTest {

	private static final String NEW_PASSWORD = "northern-lights-2027";

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		this.jdbc.sql("delete from password_reset_throttle").update();
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void aForgottenPasswordIsResetFromTheMailAndTheNewOneSignsIn() {
		String email = "ada.lovelace@northwind.example";
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", "Ada Lovelace", "email", email, "role", "member", "password", PASSWORD));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Person member = new Person(created.field("id"), email, null);
		this.page.navigate(url("/sign-in"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		this.page.waitForURL(url("/password-reset"));
		this.page.getByLabel("Email").fill(member.email());
		guidePicture("password-reset-ask.png");
		assertAccessible();
		button("Send me a link").click();
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("If an account exists for that address, we've sent a link");

		String secret = PasswordResetApiTests.secretIn(awaitMail(member.email()));
		this.page.navigate(url("/password-reset/" + secret));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
			.isVisible();
		guidePicture("password-reset-new.png");
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("short");
		this.page.getByLabel("New password, again").fill("short");
		button("Save the new password").click();
		assertThat(this.page.locator("#reset-password-error")).hasText("must be at least 8 characters");
		assertThat(this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))).hasValue("");
		assertAccessible();

		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
		this.page.getByLabel("New password, again").fill(NEW_PASSWORD);
		button("Save the new password").click();
		this.page.waitForURL(url("/sign-in?password-reset"));
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your password was changed");

		signIn(member.email(), NEW_PASSWORD);
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My week").setLevel(1)))
			.isVisible();

		this.page.navigate(url("/password-reset/" + secret));
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link")))
			.isVisible();
		guidePicture("password-reset-used.png");
	}

	@Test
	void anAdminSendsALinkFromThePeoplePage() throws Exception {
		Person member = person("member");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/people"));
		// the page lists the first 500 by name: the admin finds the person by email
		this.page.getByLabel("Find a person").fill(member.email());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true)).click();
		assertThat(this.page.locator("#people-shown")).hasText("1 person matches “" + member.email() + "”.");
		this.page.locator("#person-" + member.id())
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions()
						.setName("Send A member a password reset link"))
			.click();
		assertThat(this.page.locator(".notice")).hasText("Sent A member a link to choose a new password.");
		org.assertj.core.api.Assertions.assertThat(awaitMail(member.email()).getSubject())
			.isEqualTo("Reset your Lodestar password");

		this.admin.patch("/api/v1/people/" + member.id(), Map.of("status", "deactivated"));
		this.page.navigate(url("/admin/people?q=" + member.email()));
		this.page.locator("#person-" + member.id())
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions()
						.setName("Send A member a password reset link"))
			.click();
		assertThat(this.page.locator(".notice")).containsText("No link sent");
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private MimeMessage awaitMail(String to) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
				try {
					return to.equalsIgnoreCase(message.getAllRecipients()[0].toString());
				}
				catch (MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), java.util.Objects::nonNull);
	}

	/** A picture for the user guide, when the run was asked for them. */
	private void guidePicture(String file) {
		String folder = System.getProperty("lodestar.user-guide");
		if (folder != null && !folder.isBlank()) {
			this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder).resolve(file)));
		}
	}

}
