package dev.lodestar.dependencies;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop page of a cycle's dependencies and a team's page of its dependencies run
 * as many SQL statements with many dependencies as with a few, for a lead (who may
 * decide) and for a viewer.
 */
class DependenciesQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithDependencies() {
		Person lead = person("member");
		Person viewer = person("viewer");
		String fewCycle = cycle("set");
		String manyCycle = cycle("set");
		String team = team("Asked");
		join(team, lead, true);
		join(team, viewer, false);
		ask(fewCycle, team, 2);
		ask(manyCycle, team, 12);
		for (Person person : new Person[] { lead, viewer }) {
			SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
			browser.get("/cycles/" + fewCycle + "/dependencies");
			long workshopFew = statements(browser, "/cycles/" + fewCycle + "/dependencies");
			long workshopMany = statements(browser, "/cycles/" + manyCycle + "/dependencies");
			long teamFew = statements(browser, "/teams/" + team + "/dependencies?cycle=" + fewCycle);
			long teamMany = statements(browser, "/teams/" + team + "/dependencies?cycle=" + manyCycle);
			System.out.println("Dependency pages' statements for a " + person.email().split("-")[0] + ": workshop "
					+ workshopFew + " with 2 dependencies, " + workshopMany + " with 12; team " + teamFew + " and "
					+ teamMany);
			assertThat(workshopMany).isEqualTo(workshopFew);
			assertThat(teamMany).isEqualTo(teamFew);
			assertThat(workshopFew).isLessThan(20);
		}
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("class=\"dependency ");
		});
	}

	/**
	 * {@code count} teams each asking the team for something for one of their key
	 * results; every other one is decided with a note.
	 */
	private void ask(String cycle, String asked, int count) {
		for (int i = 0; i < count; i++) {
			String asking = team("Asking " + i);
			String keyResult = keyResult(objective(cycle, asking), person("member").id());
			String id = created(this.admin.post("/api/v1/dependencies",
					Map.of("cycleId", cycle, "fromTeamId", asking, "toTeamId", asked, "keyResultId", keyResult,
							"description", "Something " + i, "dueDate", "2027-05-15")));
			if (i % 2 == 1) {
				Reply decided = this.admin.post("/api/v1/dependencies/" + id + "/decision",
						Map.of("decision", (i % 4 == 1) ? "accepted" : "declined", "note", "Note " + i));
				assertThat(decided.status()).isEqualTo(200);
			}
		}
	}

}
