package dev.lodestar.alignment;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the screenshots of the user guide's sections on aligning teams and on
 * dependencies, from the demo organisation's current quarter: the whole alignment map
 * with the cycle's coverage, the map drawn around one team, and the dependencies on a
 * team's page as its lead sees them. Not a test of behaviour: it runs only when asked,
 * with
 * {@code ./mvnw test -Dtest=AlignmentGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:alignment-guide;DB_CLOSE_DELAY=-1" })
class AlignmentGuideScreenshots {

	/** Everyone's password in the demo organisation. */
	private static final String DEMO_PASSWORD = "lodestar-demo";

	/** The team whose map and dependencies the guide shows. */
	private static final String TEAM = "Mobile";

	@LocalServerPort
	int port;

	@Test
	void takeTheAlignmentScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(admin.withBasic("admin@northwind.example", DEMO_PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
		String team = null;
		for (JsonNode one : admin.get("/api/v1/teams?limit=100").json().get("items")) {
			if (one.get("name").asString().equals(TEAM)) {
				team = one.get("id").asString();
			}
		}
		if (team == null) {
			throw new IllegalStateException("The demo has no team " + TEAM);
		}
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");

		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera().signIn(page, leadEmail, DEMO_PASSWORD);
			page.navigate(camera().url("/alignment"));
			assertThat(page.locator(".coverage")).isVisible();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(folder.resolve("alignment-map.png")).setFullPage(true));
			page.navigate(camera().url("/alignment?team=" + team));
			assertThat(page.locator(".coverage")).isVisible();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(folder.resolve("alignment-map-team.png")).setFullPage(true));
			page.navigate(camera().url("/teams/" + team));
			Locator dependencies = page.locator("#team-dependencies");
			assertThat(dependencies).isVisible();
			dependencies.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve("team-dependencies.png")));
		}
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
