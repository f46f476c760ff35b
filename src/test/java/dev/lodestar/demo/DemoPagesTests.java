package dev.lodestar.demo;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the web app answers on the demo organisation, for a team lead and for an
 * admin. How fast they answer is measured by bench/run (docs/performance.md), not here: a
 * time measured inside the test suite says more about the machine's load than about the
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-pages;DB_CLOSE_DELAY=-1" })
class DemoPagesTests {

	@LocalServerPort
	int port;

	@Test
	void everyPageAnswersOnDemoData() {
		Api admin = new Api(this.port);
		Reply token = admin.withBasic("admin@northwind.example", DemoData.PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "pages"));
		admin = admin.withToken(token.field("token"));
		var objective = admin.get("/api/v1/objectives?limit=1&offset=10").json().get("items").get(0);
		String team = objective.get("teamId").asString();
		String keyResult = objective.get("keyResults").get(0).get("id").asString();
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");

		List<String> pages = new ArrayList<>(
				List.of("/", "/teams/" + team, "/company", "/objectives/" + objective.get("id").asString(),
						"/key-results/" + keyResult, "/cycles", "/profile", "/profile/tokens", "/gaps",
						"/teams/" + team + "/monday", "/teams/" + team + "/friday", "/teams/" + team + "/activity",
						"/activity", "/notifications", "/check-ins/import", "/profile/reminders", "/alignment",
						"/alignment?team=" + team, "/teams/" + team + "/dependencies", "/metrics"));
		for (var metric : admin.get("/api/v1/metrics").json().get("items")) {
			pages.add("/metrics/" + metric.get("id").asString());
		}
		assertThat(pages).as("the demo's metrics").anyMatch((page) -> page.matches("/metrics/.+"));
		for (var cycle : admin.get("/api/v1/cycles").json().get("items")) {
			if (cycle.get("phase").asString().equals("closed")) {
				String reset = "/cycles/" + cycle.get("id").asString() + "/reset";
				pages.add(reset);
				pages.add(reset + "?team=" + team);
			}
			pages.add("/cycles/" + cycle.get("id").asString() + "/dependencies");
			pages.add("/cycles/" + cycle.get("id").asString() + "/overlaps");
		}
		assertThat(pages).as("a closed cycle's reset pages").anyMatch((page) -> page.endsWith("/reset"));
		answers(SignedInBrowser.signIn(this.port, leadEmail, DemoData.PASSWORD), pages);
		answers(SignedInBrowser.signIn(this.port, "admin@northwind.example", DemoData.PASSWORD), List.of("/admin/teams",
				"/admin/people", "/admin/settings", "/admin/webhooks", "/admin/backups", "/program"));
	}

	private static void answers(SignedInBrowser browser, List<String> pages) {
		for (String page : pages) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(page)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(page).contains("</html>");
		}
	}

}
