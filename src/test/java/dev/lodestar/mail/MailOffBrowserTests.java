package dev.lodestar.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Lodestar with no SMTP server configured (no {@code spring.mail.host}), as on a laptop:
 * inviting someone, sending the reminders now and asking for a password reset post no
 * mail, so no mail job is stored and nothing knocks on the SMTP port; the pages where
 * mail matters say that mail is off and how to turn it on, and the invitation's link is
 * shown to the admin to hand over.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:mail-off;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"spring.mail.host=", "spring.mail.port=" + MailOffBrowserTests.SMTP_PORT })
class MailOffBrowserTests extends BrowserTest {

	/**
	 * Where this instance would send a mail if it attempted one: a port of its own, since
	 * the other instances of the test run (their mail on) keep sending to
	 * {@link ApiTest#SMTP_PORT}.
	 */
	static final int SMTP_PORT = 3027;

	@Autowired
	private MailSwitch mailSwitch;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void withoutAnSmtpServerNoMailIsAttemptedAndThePagesSaySo() throws IOException {
		assertThat(this.mailSwitch.isOn()).isFalse();
		// where a mail would go if one were attempted: spring.mail.port with the default
		// host
		try (ServerSocket smtp = new ServerSocket(SMTP_PORT, 50, InetAddress.getLoopbackAddress())) {
			signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

			this.page.navigate(url("/admin/invitations"));
			assertMailOff();
			this.page.getByLabel("Email").fill("quinn@mail-off.test");
			this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Quinn Mailless");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
			assertThat(this.page.locator(".notice[role=status]")).containsText("Mail is off, so no mail goes out");
			String link = this.page.getByLabel("Their invitation link, valid seven days and usable once").inputValue();
			assertThat(link).startsWith(url("/invitations/"));
			screenshot("mail-off-invitation-link");
			assertAccessible();
			assertFitsAPhone("/admin/invitations");

			this.page.navigate(url("/admin/settings"));
			assertMailOff();
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reminders now")).click();
			assertThat(this.page.locator(".notice[role=status]")).hasText("Mail is off, so no reminder went out.");
			screenshot("mail-off-settings");
			assertAccessible();
			this.page.navigate(url("/profile/reminders"));
			assertMailOff();
			assertAccessible();

			Page stranger = this.page.context().browser().newContext().newPage();
			stranger.navigate(url("/password-reset"));
			stranger.getByLabel("Email").fill(ADMIN_EMAIL);
			stranger.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
			stranger.context().close();

			// the link the admin copies opens the page where the invited person joins
			this.page.context().clearCookies();
			this.page.navigate(link);
			assertThat(this.page.locator(".lead")).containsText("invites you to join");
			assertThat(this.page.locator(".lead")).containsText("quinn@mail-off.test");

			assertThat(this.jdbc.sql("select count(*) from scheduled_tasks where task_name = 'mail'")
				.query(Long.class)
				.single()).as("mail jobs stored").isZero();
			smtp.setSoTimeout(3_000);
			assertThatExceptionOfType(SocketTimeoutException.class).as("a connection to the SMTP port")
				.isThrownBy(() -> {
					try (Socket connection = smtp.accept()) {
						// a connection is a mail attempted
					}
				});
		}
	}

	private void assertMailOff() {
		assertThat(this.page.locator("#mail-off")).containsText("Mail is off");
		assertThat(this.page.locator("#mail-off")).containsText("SPRING_MAIL_HOST");
	}

	private void assertFitsAPhone(String path) {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url(path));
		int scrollWidth = ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("the width of " + path + " at 390 px").isLessThanOrEqualTo(390);
		screenshot("mail-off-invitations-phone");
		this.page.setViewportSize(1280, 860);
	}

}
