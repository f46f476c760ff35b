package dev.lodestar.imports;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
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
 * Takes the user guide's screenshot of the people import's preview, in the demo
 * organisation: new hires in a new team under Mobile, and a lead who joins another team.
 * Not a test of behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=ImportGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:import-guide;DB_CLOSE_DELAY=-1" })
class ImportGuideScreenshots {

	private static final String CSV = """
			email,name,role,team,parentTeam,lead
			lukas.weber@northwind.example,Lukas Weber,,Mobile,Engineering,true
			lukas.weber@northwind.example,Lukas Weber,,Driver App QA,Mobile,false
			mina.sato@northwind.example,Mina Sato,member,Driver App QA,Mobile,true
			jonas.berg@northwind.example,Jonas Berg,member,Driver App QA,Mobile,false
			olu.adeyemi@northwind.example,Olu Adeyemi,viewer,,,
			tom.reyes@northwind.example,Tom Reyes,member,Driver App QA,Mobile,false
			""";

	@LocalServerPort
	int port;

	@Test
	void takeTheImportScreenshot() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		GuideCamera camera = new GuideCamera(this.port);
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera.signIn(page, "admin@northwind.example", "lodestar-demo");
			page.navigate(camera.url("/admin/import"));
			page.getByLabel("or paste or edit the CSV text").fill(CSV);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
			assertThat(page.locator("#import-counts")).containsText("0 errors");
			page.locator("#import-preview")
				.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
					.setPath(folder.resolve("import-preview.png")));
		}
	}

}
