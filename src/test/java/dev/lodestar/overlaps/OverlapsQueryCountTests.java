package dev.lodestar.overlaps;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlaps page of a cycle, a team's page with its overlaps notice and the API's
 * similar objectives run as many SQL statements with many objectives as with a few.
 */
class OverlapsQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithObjectives() {
		Person lead = person("member");
		String fewCycle = cycle("set");
		String manyCycle = cycle("set");
		String team = team("Customer success");
		join(team, lead, true);
		String fewObjective = overlapping(fewCycle, team, 2);
		String manyObjective = overlapping(manyCycle, team, 12);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		// both cycles' indexes built first: building reads the cycle's texts once more,
		// alike for both
		browser.get("/cycles/" + fewCycle + "/overlaps");
		browser.get("/cycles/" + manyCycle + "/overlaps");

		long pageFew = statements(browser, "/cycles/" + fewCycle + "/overlaps", "class=\"overlap\"");
		long pageMany = statements(browser, "/cycles/" + manyCycle + "/overlaps", "class=\"overlap\"");
		long teamFew = statements(browser, "/teams/" + team + "?cycle=" + fewCycle, "id=\"team-overlaps\"");
		long teamMany = statements(browser, "/teams/" + team + "?cycle=" + manyCycle, "id=\"team-overlaps\"");
		long similarFew = this.queries.during(() -> assertThat(
				this.admin.get("/api/v1/objectives/" + fewObjective + "/similar").json().get("items").size())
			.isEqualTo(2));
		long similarMany = this.queries.during(() -> assertThat(
				this.admin.get("/api/v1/objectives/" + manyObjective + "/similar").json().get("items").size())
			.isEqualTo(10));
		System.out.println("Overlap statements: page " + pageFew + " with 3 objectives, " + pageMany + " with 13; team "
				+ teamFew + " and " + teamMany + "; similar " + similarFew + " and " + similarMany);
		assertThat(pageMany).isEqualTo(pageFew);
		assertThat(teamMany).isEqualTo(teamFew);
		assertThat(similarMany).isEqualTo(similarFew);
		assertThat(pageFew).isLessThan(18); // the menu: up to three statements for the
											// reviews waiting
	}

	private long statements(SignedInBrowser browser, String path, String expected) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(expected);
		});
	}

	/**
	 * The team's objective on churn, and {@code count} other teams with a similar one and
	 * a key result that lowers churn while the team's raises it; the team's objective.
	 */
	private String overlapping(String cycle, String team, int count) {
		String owner = person("member").id();
		String ours = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Reduce customer churn")));
		created(this.admin.post("/api/v1/objectives/" + ours + "/key-results", Map.of("title", "Monthly churn",
				"ownerId", owner, "type", "metric", "startValue", 1, "targetValue", 2, "unit", "%")));
		for (int i = 0; i < count; i++) {
			String other = team("Other " + i);
			String theirs = created(this.admin.post("/api/v1/objectives",
					Map.of("cycleId", cycle, "teamId", other, "title", "Reduce churn of our customers")));
			created(this.admin.post("/api/v1/objectives/" + theirs + "/key-results", Map.of("title", "Monthly churn",
					"ownerId", owner, "type", "metric", "startValue", 3, "targetValue", 1, "unit", "%")));
		}
		return ours;
	}

}
