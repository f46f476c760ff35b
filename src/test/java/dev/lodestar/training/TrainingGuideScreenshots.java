package dev.lodestar.training;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;

/**
 * Takes the screenshots of the user guide's section on the training from a demo-data
 * instance where some of Northwind's people have completed some modules. Not a test of
 * behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=TrainingGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:training-guide;DB_CLOSE_DELAY=-1" })
class TrainingGuideScreenshots {

	private static final String ADMIN = "admin@northwind.example";

	/** The demo organisation's password. */
	private static final String PASSWORD = "lodestar-demo";

	@LocalServerPort
	int port;

	@Autowired
	private TrainingCatalogue catalogue;

	@Test
	void takeTheTrainingScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api anonymous = new Api(this.port);
		Api admin = anonymous.withToken(token(anonymous, ADMIN));
		JsonNode people = admin.get("/api/v1/people?limit=30").json().get("items");
		List<TrainingModule> modules = this.catalogue.all();
		for (int i = 0; i < people.size(); i++) {
			JsonNode person = people.get(i);
			if (ADMIN.equals(person.get("email").asString()) || "viewer".equals(person.get("role").asString())) {
				continue;
			}
			Api api = anonymous.withToken(token(anonymous, person.get("email").asString()));
			for (TrainingModule module : modules.subList(0, (i * 3) % (modules.size() + 1))) {
				Map<String, String> answers = new HashMap<>();
				module.questions().forEach((question) -> answers.put(question.id(), question.answer()));
				api.post("/api/v1/training/modules/" + module.id() + "/answers", Map.of("answers", answers));
			}
		}
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera().signIn(page, ADMIN, PASSWORD);
			page.navigate(camera().url("/training/outcome-key-results"));
			TrainingModule module = this.catalogue.find("outcome-key-results").orElseThrow();
			for (TrainingModule.Question question : module.questions()) {
				String option = question.id().equals("q3") ? question.options().getFirst() : question.answer();
				page.locator("#question-" + question.id())
					.getByLabel(option, new Locator.GetByLabelOptions().setExact(true))
					.check();
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answers")).click();
			page.locator(".notice.error").waitFor();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(folder.resolve("training-module.png")).setFullPage(true));
			camera().shoot(page, "/training/progress", folder.resolve("training-progress.png"));
		}
	}

	private static String token(Api anonymous, String email) {
		return anonymous.withBasic(email, PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token");
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
