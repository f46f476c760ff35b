package dev.lodestar.retrospectives;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;

/**
 * Takes the screenshots of the user guide's section on retrospectives and the survey from
 * a demo-data instance, with a cycle of one demo team taken to reflect. Not a test of
 * behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=RetrospectiveGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:retrospective-guide;DB_CLOSE_DELAY=-1" })
class RetrospectiveGuideScreenshots {

	private static final String ADMIN = "admin@northwind.example";

	/** The demo organisation's password. */
	private static final String PASSWORD = "lodestar-demo";

	@LocalServerPort
	int port;

	@Test
	void takeTheRetrospectiveScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api anonymous = new Api(this.port);
		Api admin = anonymous.withToken(token(anonymous, ADMIN, PASSWORD));
		String team = admin.get("/api/v1/objectives?limit=1&offset=10")
			.json()
			.get("items")
			.get(0)
			.get("teamId")
			.asString();
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");

		String cycle = admin
			.post("/api/v1/cycles", Map.of("name", "2026 Q3", "startDate", LocalDate.now().minusDays(80).toString(),
					"endDate", LocalDate.now().minusDays(1).toString()))
			.field("id");
		for (String phase : List.of("set", "execute")) {
			admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase));
		}
		List<String> objectives = new ArrayList<>();
		String[][] plan = { { "Make paying effortless", "committed", "45", "50" },
				{ "Win the mid-market", "aspirational", "30", "50" },
				{ "Cut support waiting", "aspirational", "12", "50" } };
		for (String[] row : plan) {
			String objective = admin
				.post("/api/v1/objectives", Map.of("cycleId", cycle, "teamId", team, "title", row[0], "kind", row[1]))
				.field("id");
			objectives.add(objective);
			String keyResult = admin
				.post("/api/v1/objectives/" + objective + "/key-results", Map.of("title", "Measured outcome", "ownerId",
						lead, "type", "metric", "startValue", 0, "targetValue", Integer.parseInt(row[3])))
				.field("id");
			admin.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", Integer.parseInt(row[2]), "confidence", 6));
		}
		admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team,
				Map.of("worked", "Monday confidence kept the checkout work honest.\nFriday wins lifted the mood.",
						"didNotWork", "Support waiting times were measured too late to steer.", "change",
						"Baseline every key result in the first week.", "held", true));
		admin.put("/api/v1/objectives/" + objectives.get(0) + "/learning",
				Map.of("learning", "A committed objective needs a baseline before the cycle starts."));

		List<String> questions = new ArrayList<>();
		admin.get("/api/v1/cycles/" + cycle + "/survey")
			.json()
			.get("questions")
			.forEach((q) -> questions.add(q.get("id").asString()));
		String[] texts = { "Fewer key results per team", "Align with the company earlier in set",
				"Shorter Monday meetings", "Score together, not alone" };
		for (int i = 0; i < texts.length; i++) {
			String email = "survey-" + UUID.randomUUID() + "@northwind.example";
			admin.post("/api/v1/people",
					Map.of("name", "Guide " + i, "email", email, "role", "member", "password", PASSWORD));
			Api person = anonymous.withToken(token(anonymous, email, PASSWORD));
			person.post("/api/v1/cycles/" + cycle + "/survey/responses",
					Map.of("answers",
							List.of(Map.of("questionId", questions.get(0), "value", 3 + i % 3),
									Map.of("questionId", questions.get(1), "value", 2 + i % 2),
									Map.of("questionId", questions.get(2), "value", 4),
									Map.of("questionId", questions.get(3), "value", 1 + i),
									Map.of("questionId", questions.get(4), "value", 3),
									Map.of("questionId", questions.get(5), "text", texts[i]))));
		}

		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera().signIn(page, leadEmail, PASSWORD);
			camera().shoot(page, "/teams/" + team + "/retrospectives/" + cycle, folder.resolve("retrospective.png"));
			camera().shoot(page, "/cycles/" + cycle + "/survey", folder.resolve("survey.png"));
		}
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera().signIn(page, ADMIN, PASSWORD);
			camera().shoot(page, "/cycles/" + cycle + "/survey/results", folder.resolve("survey-results.png"));
		}
	}

	private static String token(Api anonymous, String email, String password) {
		return anonymous.withBasic(email, password)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token");
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
