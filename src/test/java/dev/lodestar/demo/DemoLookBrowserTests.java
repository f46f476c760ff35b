package dev.lodestar.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;
import dev.lodestar.testing.PageChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page of the web app, on the demo organisation, on a laptop (1280 px) and
 * on a phone (390 px): nothing reaches past the window's edge, axe finds nothing serious,
 * and a picture of each is kept in target/screenshots/look. The dark theme, which follows
 * the system's setting, is checked the same way on the pages people open most.
 */
@BrowserSuite
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-pages;DB_CLOSE_DELAY=-1" })
class DemoLookBrowserTests {

	private static final Path PICTURES = Path.of("target", "screenshots", "look");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void everyPageFitsTheWindowAndPassesAxe(int width) {
		DemoTour tour = DemoTour.eachKindOnce(this.port);
		List<String> problems = new ArrayList<>();
		visit(width, ColorScheme.LIGHT, tour.leadEmail(), tour.leadPages(), problems);
		visit(width, ColorScheme.LIGHT, DemoTour.ADMIN, tour.adminPages(), problems);
		try (BrowserContext context = Chromium.newContext(width, 860)) {
			Page page = context.newPage();
			check(page, "/sign-in", width + "/sign-in", problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theDarkThemeFollowsTheSystemAndKeepsItsContrast() {
		DemoTour tour = DemoTour.eachKindOnce(this.port);
		List<String> pages = tour.leadPages().subList(0, 9);
		List<String> problems = new ArrayList<>();
		visit(1280, ColorScheme.DARK, tour.leadEmail(), pages, problems);
		visit(390, ColorScheme.DARK, tour.leadEmail(), pages.subList(0, 3), problems);
		try (BrowserContext context = Chromium.newContext(1280, 860, ColorScheme.DARK)) {
			Page page = context.newPage();
			new GuideCamera(this.port).signIn(page, tour.leadEmail(), DemoData.PASSWORD);
			Object paper = page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor");
			assertThat(paper).as("the page's background in the dark theme").isEqualTo("rgb(14, 19, 26)");
		}
		assertThat(problems).isEmpty();
	}

	private void visit(int width, ColorScheme scheme, String email, List<String> paths, List<String> problems) {
		try (BrowserContext context = Chromium.newContext(width, 860, scheme)) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			new GuideCamera(this.port).signIn(page, email, DemoData.PASSWORD);
			String folder = (scheme == ColorScheme.DARK) ? "dark-" + width : String.valueOf(width);
			for (String path : paths) {
				String name = path.substring(1)
					.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id")
					.replaceAll("[^A-Za-z0-9]+", "-");
				check(page, path, folder + "/" + name, problems);
			}
		}
	}

	private void check(Page page, String path, String picture, List<String> problems) {
		page.navigate("http://localhost:" + this.port + path);
		String name = picture.endsWith("/") ? picture + "my-week" : picture;
		page.screenshot(new Page.ScreenshotOptions().setPath(PICTURES.resolve(name + ".png")).setTimeout(60_000));
		String overflow = PageChecks.sidewaysScroll(page);
		if (overflow != null) {
			problems.add(path + " at " + picture + ": " + overflow);
		}
		PageChecks.accessibilityViolations(page).forEach((violation) -> problems.add(path + ": " + violation));
	}

}
