package dev.lodestar.invitations;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the screenshots of the user guide's section on inviting people, in the demo
 * organisation: the invitations page after a few invitations (one of them accepted, one
 * revoked), and the page an invitation's link opens. Not a test of behaviour: it runs
 * only when asked, with
 * {@code ./mvnw test -Dtest=InvitationsGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.demo.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:invitations-guide;DB_CLOSE_DELAY=-1",
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms" })
class InvitationsGuideScreenshots {

	private static final String DEMO_PASSWORD = "lodestar-demo";

	@LocalServerPort
	int port;

	@Test
	void takeTheInvitationScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(admin.withBasic("admin@northwind.example", DEMO_PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
		admin.patch("/api/v1/settings", Map.of("organisationName", "Northwind"));
		try (InvitationMails mails = InvitationMails.start(); BrowserContext context = Chromium.newContext(1280, 900)) {
			invite(admin, "zoe.castellano@northwind.example", "Zoe Castellano", "member");
			invite(admin, "noah.lindqvist@northwind.example", "Noah Lindqvist", "viewer");
			String revoked = invite(admin, "old.address@northwind.example", "Tomás Ruiz", "member");
			admin.delete("/api/v1/invitations/" + revoked);
			invite(admin, "lena.fischer@northwind.example", "Lena Fischer", "member");
			String secret = mails.secret("lena.fischer@northwind.example", 1);
			Page page = context.newPage();
			page.navigate(camera().url("/invitations/" + secret));
			page.locator("#accept-password").fill("a-password-of-my-own");
			page.locator("#accept-repeat").fill("a-password-of-my-own");
			page.locator("#accept-name").fill("Lena Fischer");
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("invitation-accept.png")));
			page.locator("button.primary").click();
			page.waitForURL(camera().url("/"));
			page.context().clearCookies();

			camera().signIn(page, "admin@northwind.example", DEMO_PASSWORD);
			page.navigate(camera().url("/admin/invitations"));
			assertThat(page.locator("table")).containsText("Zoe Castellano");
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("invitations.png")));
		}
	}

	private static String invite(Api admin, String email, String name, String role) {
		Reply reply = admin.post("/api/v1/invitations", Map.of("email", email, "name", name, "role", role));
		if (reply.status() != 201) {
			throw new AssertionError(reply.toString());
		}
		return reply.field("id");
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
