package dev.lodestar.reports;

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

/**
 * Takes the screenshots of the user guide's section on the cycle report (the whole
 * report, and its maturity) and the celebration, from the demo organisation's last closed
 * quarter. Not a test of behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=ReportGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:report-guide;DB_CLOSE_DELAY=-1" })
class ReportGuideScreenshots {

	/** Everyone's password in the demo organisation. */
	private static final String DEMO_PASSWORD = "lodestar-demo";

	@LocalServerPort
	int port;

	@Test
	void takeTheReportScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(admin.withBasic("admin@northwind.example", DEMO_PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
		String closed = null;
		String closedEnd = "";
		for (JsonNode cycle : admin.get("/api/v1/cycles?limit=100").json().get("items")) {
			if (cycle.get("phase").asString().equals("closed")
					&& cycle.get("endDate").asString().compareTo(closedEnd) > 0) {
				closed = cycle.get("id").asString();
				closedEnd = cycle.get("endDate").asString();
			}
		}
		if (closed == null) {
			throw new IllegalStateException("The demo has no closed cycle");
		}
		try (BrowserContext context = Chromium.newContext(1280, 1400)) {
			Page page = context.newPage();
			camera().signIn(page, "admin@northwind.example", DEMO_PASSWORD);
			camera().shoot(page, "/cycles/" + closed + "/report", folder.resolve("report.png"));
			Locator maturity = page.locator("#report-maturity");
			maturity.locator("summary").click();
			maturity.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve("report-maturity.png")));
			camera().shoot(page, "/cycles/" + closed + "/celebration", folder.resolve("celebration.png"));
		}
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
