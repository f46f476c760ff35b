package dev.lodestar.conversations;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;

/**
 * Takes the screenshots of the user guide's conversations and activity sections from a
 * demo-data instance: a lead comments on a check-in and mentions a team member, who then
 * finds the notification. Not a test of behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=ConversationsGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:conversations-guide;DB_CLOSE_DELAY=-1" })
class ConversationsGuideScreenshots {

	/** Everyone's password in the demo organisation. */
	private static final String PASSWORD = "lodestar-demo";

	@LocalServerPort
	int port;

	@Test
	void takeTheConversationsScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = signedIn("admin@northwind.example");
		var objective = admin.get("/api/v1/objectives?limit=1&offset=10").json().get("items").get(0);
		String team = objective.get("teamId").asString();
		var members = admin.get("/api/v1/teams/" + team).json();
		String leadEmail = admin.get("/api/v1/people/" + members.get("leadIds").get(0).asString()).field("email");
		String memberEmail = members.get("memberIds")
			.valueStream()
			.map((id) -> admin.get("/api/v1/people/" + id.asString()).field("email"))
			.filter((email) -> !email.equals(leadEmail))
			.findFirst()
			.orElseThrow();
		String keyResult = objective.get("keyResults").get(0).get("id").asString();
		String checkIn = admin.get("/api/v1/key-results/" + keyResult + "/check-ins?limit=1")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		signedIn(leadEmail).post("/api/v1/check-ins/" + checkIn + "/comments",
				Map.of("body", "Good move. @" + memberEmail.substring(0, memberEmail.indexOf('@'))
						+ ", could the onboarding change explain it? Let us look at it on Monday."));

		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			signIn(page, leadEmail);
			page.navigate(url("/key-results/" + keyResult));
			page.locator("#comments-" + checkIn + " .comments-toggle").click();
			page.locator("#comments-" + checkIn + " .comment-form").waitFor();
			page.evaluate("() => document.getElementById('history-heading').scrollIntoView()");
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("conversations-comment.png")));
			shoot(page, "/teams/" + team + "/activity", folder.resolve("activity-team.png"));
		}
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			signIn(page, memberEmail);
			shoot(page, "/notifications", folder.resolve("conversations-notifications.png"));
		}
	}

	private Api signedIn(String email) {
		Api anonymous = new Api(this.port);
		return anonymous.withToken(anonymous.withBasic(email, PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/sign-in"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByLabel("Password").press("Enter");
		page.waitForURL(url("/"));
	}

	private void shoot(Page page, String path, Path file) {
		page.navigate(url(path));
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
