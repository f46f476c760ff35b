package dev.lodestar.demo;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;

/**
 * Takes the screenshots of docs/user-guide.md from a demo-data instance. Not a test of
 * behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=UserGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:user-guide;DB_CLOSE_DELAY=-1" })
class UserGuideScreenshots {

	@LocalServerPort
	int port;

	@Test
	void takeTheUserGuideScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(admin.withBasic("admin@northwind.example", DemoData.PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
		var objective = admin.get("/api/v1/objectives?limit=1&offset=10").json().get("items").get(0);
		String team = objective.get("teamId").asString();
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");
		String keyResult = objective.get("keyResults").get(0).get("id").asString();

		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			shoot(page, "/sign-in", folder.resolve("sign-in.png"));
			signIn(page, leadEmail);
			shoot(page, "/", folder.resolve("my-week.png"));
			shoot(page, "/teams/" + team, folder.resolve("team.png"));
			shoot(page, "/company", folder.resolve("company.png"));
			shoot(page, "/objectives/" + objective.get("id").asString(), folder.resolve("objective.png"));
			shoot(page, "/key-results/" + keyResult, folder.resolve("key-result.png"));
			shoot(page, "/cycles", folder.resolve("cycles.png"));
			shoot(page, "/gaps?team=" + team, folder.resolve("gaps.png"));
			shoot(page, "/teams/" + team + "/monday", folder.resolve("rhythm-monday.png"));
			shoot(page, "/teams/" + team + "/friday", folder.resolve("rhythm-friday.png"));
			shoot(page, "/profile", folder.resolve("profile.png"));
			shoot(page, "/profile/tokens", folder.resolve("tokens.png"));
		}
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			signIn(page, "admin@northwind.example");
			shoot(page, "/admin/teams", folder.resolve("admin-teams.png"));
			shoot(page, "/admin/people", folder.resolve("admin-people.png"));
		}
		try (BrowserContext context = Chromium.newContext(390, 844)) {
			Page page = context.newPage();
			signIn(page, leadEmail);
			shoot(page, "/", folder.resolve("my-week-phone.png"));
			shoot(page, "/company", folder.resolve("company-phone.png"));
		}
		try (BrowserContext context = Chromium.newContext(1280, 900, ColorScheme.DARK)) {
			Page page = context.newPage();
			signIn(page, leadEmail);
			shoot(page, "/teams/" + team, folder.resolve("team-dark.png"));
		}
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/sign-in"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(DemoData.PASSWORD);
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
