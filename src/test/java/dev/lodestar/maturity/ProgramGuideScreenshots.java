package dev.lodestar.maturity;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the screenshots of the user guide's chapter on how a program matures, from the
 * demo organisation, whose four quarters before this one are closed: a lead's own
 * calibration on My week, the maturity on the lead's team page, the program page as a
 * champion sees it, and a metric's page with its quarters. Not a test of behaviour: it
 * runs only when asked, with
 * {@code ./mvnw test -Dtest=ProgramGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:program-guide;DB_CLOSE_DELAY=-1" })
class ProgramGuideScreenshots {

	/** Everyone's password in the demo organisation. */
	private static final String DEMO_PASSWORD = "lodestar-demo";

	/** Mobile's lead, who checked in on their key results all last quarter. */
	private static final String LEAD = "lukas.weber@northwind.example";

	/** A champion, who reads the program page. */
	private static final String CHAMPION = "priya.raman@northwind.example";

	@LocalServerPort
	int port;

	@Test
	void takeTheProgramScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		GuideCamera camera = new GuideCamera(this.port);
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera.signIn(page, LEAD, DEMO_PASSWORD);
			Locator calibration = page.locator("section.calibration");
			assertThat(calibration).isVisible();
			calibration.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve("calibration-my-week.png")));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mobile").setExact(true)).first().click();
			Locator maturity = page.locator("#team-maturity");
			maturity.locator("summary").click();
			assertThat(maturity.locator(".maturity-signals")).isVisible();
			maturity.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve("maturity-team.png")));
			page.context().clearCookies();

			camera.signIn(page, CHAMPION, DEMO_PASSWORD);
			page.navigate(camera.url("/program"));
			assertThat(page.locator(".maturity-focus li").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("program.png")).setFullPage(true));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metrics").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annual recurring revenue")).click();
			assertThat(page.locator("figure.metric-chart circle.metric-baseline")).hasCount(4);
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("metric.png")));
		}
	}

}
