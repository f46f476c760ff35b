package dev.lodestar.invitations;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The invitation journey in a real browser: an admin invites on the invitations page, the
 * invited person follows the link from the mail GreenMail received, chooses a name and a
 * password and lands signed in on My week; the same link then says it was used. And an
 * admin deactivates a person on the people page, who then cannot sign in.
 */
class InvitationsBrowserTests extends BrowserTest {

	private InvitationMails mails;

	@AfterEach
	void stopMail() {
		if (this.mails != null) {
			this.mails.close();
		}
	}

	@Test
	void anInvitedPersonFollowsTheLinkFromTheMailAndLandsSignedInOnMyWeek() {
		this.mails = InvitationMails.start();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "grace-" + suffix + "@lodestar.test";
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/invitations"));
		this.page.locator("#invite-email").fill(email);
		this.page.locator("#invite-name").fill("Grace " + suffix);
		this.page.locator("#invite-role").selectOption("member");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(this.page.locator(".notice")).containsText("Invited Grace " + suffix);
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText(email));
		assertThat(row).containsText("pending");
		assertThat(this.page.locator("#count-pending"))
			.hasText(java.util.regex.Pattern.compile("Pending \\([1-9][0-9]*\\)"));
		assertAccessible();

		// The same address again while the person is in: refused at the field, typed text
		// kept
		this.page.locator("#invite-email").fill(ADMIN_EMAIL);
		this.page.locator("#invite-name").fill("Someone");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(this.page.locator("#invite-email-error")).containsText("has joined already");
		assertThat(this.page.locator("#invite-name")).hasValue("Someone");

		String link = url("/invitations/" + this.mails.secret(email, 1));
		this.page.context().clearCookies();
		this.page.navigate(link);
		assertThat(this.page.locator(".lead")).containsText(email);
		assertThat(this.page.locator("#accept-name")).hasValue("Grace " + suffix);
		this.page.locator("#accept-name").fill("Grace Hopper " + suffix);
		this.page.locator("#accept-password").fill("a-fine-new-password");
		this.page.locator("#accept-repeat").fill("another-password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Lodestar")).click();
		assertThat(this.page.locator("#accept-repeat-error")).hasText("does not match the password");
		assertThat(this.page.locator("#accept-name")).hasValue("Grace Hopper " + suffix);
		assertAccessible();

		this.page.locator("#accept-password").fill("a-fine-new-password");
		this.page.locator("#accept-repeat").fill("a-fine-new-password");
		String before = session();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Lodestar")).click();
		this.page.waitForURL(url("/"));
		org.assertj.core.api.Assertions.assertThat(session())
			.as("signing in gives the session a new id")
			.isNotNull()
			.isNotEqualTo(before);
		assertThat(this.page.locator("h1")).hasText("My week");
		assertThat(this.page.locator("body")).containsText("Grace Hopper " + suffix);

		Response again = this.page.navigate(link);
		org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(410);
		assertThat(this.page.locator("h2")).hasText("This invitation was used already");
		assertAccessible();
	}

	@Test
	void anAdminDeactivatesAPersonWhoStaysListedAndCannotSignInAnyMore() {
		Person person = person("member");
		String name = this.admin.get("/api/v1/people/" + person.id()).field("name");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		// the page lists the first 500 by name: the person is found by email
		this.page.navigate(url("/admin/people?q=" + person.email()));
		Locator row = this.page.locator("#person-" + person.id());
		assertThat(row.locator(".person-status")).containsText("active");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate " + name)).click();
		assertThat(this.page.locator(".notice")).containsText("is deactivated");
		row = this.page.locator("#person-" + person.id());
		assertThat(row.locator(".person-status")).containsText("deactivated");

		org.assertj.core.api.Assertions
			.assertThat(this.anonymous.withBasic(person.email(), PASSWORD)
				.post("/api/v1/tokens", Map.of("name", "after"))
				.status())
			.isEqualTo(401);
		org.assertj.core.api.Assertions.assertThat(person.api().get("/api/v1/people/me").status()).isEqualTo(401);

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Activate " + name)).click();
		assertThat(this.page.locator("#person-" + person.id() + " .person-status")).containsText("active");
		org.assertj.core.api.Assertions
			.assertThat(this.anonymous.withBasic(person.email(), PASSWORD)
				.post("/api/v1/tokens", Map.of("name", "back"))
				.status())
			.isEqualTo(201);
	}

	private String session() {
		return this.page.context()
			.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("SESSION"))
			.map((cookie) -> cookie.value)
			.findFirst()
			.orElse(null);
	}

}
