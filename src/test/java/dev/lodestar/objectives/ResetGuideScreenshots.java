package dev.lodestar.objectives;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.Reply;

/**
 * Takes the screenshots of the user guide's "Scoring and resetting" section from a
 * demo-data instance, whose last quarter is closed and scored: one of its objectives is
 * carried over into the current quarter first. Runs only when asked, with
 * {@code ./mvnw test -Dtest=ResetGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:reset-guide;DB_CLOSE_DELAY=-1" })
class ResetGuideScreenshots {

	/** The demo organisation's password and admin, as the demo data sets them. */
	private static final String PASSWORD = "lodestar-demo";

	private static final String ADMIN = "admin@northwind.example";

	@LocalServerPort
	int port;

	@Test
	void takeTheResetScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(
				admin.withBasic(ADMIN, PASSWORD).post("/api/v1/tokens", Map.of("name", "screenshots")).field("token"));
		String closed = null;
		String current = null;
		for (JsonNode cycle : admin.get("/api/v1/cycles").json().get("items")) {
			if (cycle.get("phase").asString().equals("closed") && closed == null) {
				// the cycles come newest first: the last quarter is the first closed one
				closed = cycle.get("id").asString();
			}
			else if (cycle.get("phase").asString().equals("execute")) {
				current = cycle.get("id").asString();
			}
		}
		JsonNode carried = null;
		JsonNode original = null;
		for (JsonNode objective : admin.get("/api/v1/objectives?limit=200&cycleId=" + closed).json().get("items")) {
			if (objective.get("teamId").isNull() || objective.get("keyResults").isEmpty()) {
				continue;
			}
			Reply reply = admin.post("/api/v1/objectives/" + objective.get("id").asString() + "/carry-over",
					Map.of("cycleId", current));
			if (reply.status() == 201) {
				carried = reply.json();
				original = objective;
				break;
			}
		}
		String team = original.get("teamId").asString();
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");
		String copiedKeyResult = carried.get("keyResults").get(0).get("id").asString();

		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			signIn(page, leadEmail);
			shoot(page, "/objectives/" + original.get("id").asString(), null, folder.resolve("reset-scores.png"));
			shoot(page, "/cycles/" + closed + "/reset?team=" + team, null, folder.resolve("reset-page.png"));
			shoot(page, "/teams/" + team, ".team-history", folder.resolve("reset-team-history.png"));
			shoot(page, "/key-results/" + copiedKeyResult, ".lineage-table", folder.resolve("reset-lineage.png"));
		}
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/sign-in"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByLabel("Password").press("Enter");
		page.waitForURL(url("/"));
	}

	private void shoot(Page page, String path, String scrollTo, Path file) {
		page.navigate(url(path));
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		if (scrollTo != null) {
			page.locator(scrollTo).evaluate("element => element.scrollIntoView({block: 'center'})");
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
