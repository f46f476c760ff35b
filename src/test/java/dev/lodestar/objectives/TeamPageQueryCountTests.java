package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team page runs as many SQL statements for a team with many objectives and
 * dependencies as for one with a few, for a lead (who gets the forms, and the decisions
 * on what other teams ask) and for a viewer.
 */
class TeamPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithObjectives() {
		Person lead = person("member");
		Person viewer = person("viewer");
		String few = team("Few objectives");
		String many = team("Many objectives");
		for (String team : new String[] { few, many }) {
			join(team, lead, true);
			join(team, viewer, false);
		}
		String cycle = cycle("execute");
		String fewKeyResult = null;
		String manyKeyResult = null;
		for (int i = 0; i < 2; i++) {
			fewKeyResult = objectiveWithCheckIns(cycle, few, lead);
		}
		for (int i = 0; i < 8; i++) {
			manyKeyResult = objectiveWithCheckIns(cycle, many, lead);
		}
		String other = team("Asks and is asked");
		String otherKeyResult = keyResult(objective(cycle, other), lead.id());
		dependencies(cycle, few, fewKeyResult, other, otherKeyResult, 1);
		dependencies(cycle, many, manyKeyResult, other, otherKeyResult, 5);
		for (Person person : new Person[] { lead, viewer }) {
			SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
			browser.get("/teams/" + few + "?cycle=" + cycle);
			long forFew = statements(browser, "/teams/" + few + "?cycle=" + cycle);
			long forMany = statements(browser, "/teams/" + many + "?cycle=" + cycle);
			System.out.println("Team page statements for a " + person.email().split("-")[0] + ": " + forFew
					+ " with 2 objectives and 2 dependencies, " + forMany + " with 8 and 10");
			assertThat(forMany).isEqualTo(forFew);
			assertThat(forFew).isLessThan(30);
		}
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<polyline")
				.contains("id=\"team-dependencies\"")
				.contains("Asked of us 0");
		});
	}

	/** An objective with two key results checked in; answers the last key result. */
	private String objectiveWithCheckIns(String cycle, String team, Person owner) {
		String objective = objective(cycle, team);
		String keyResult = null;
		for (int i = 0; i < 2; i++) {
			keyResult = keyResult(objective, owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 20 + i, "confidence", 7, "note", "on our way"));
			assertThat(reply.status()).isEqualTo(201);
		}
		return keyResult;
	}

	/**
	 * {@code count} dependencies each way between a team and another, for key results;
	 * the first one asked of the team is accepted with a note.
	 */
	private void dependencies(String cycle, String team, String keyResult, String other, String otherKeyResult,
			int count) {
		for (int i = 0; i < count; i++) {
			created(this.admin.post("/api/v1/dependencies", Map.of("cycleId", cycle, "fromTeamId", team, "toTeamId",
					other, "keyResultId", keyResult, "description", "Asked of the other " + i)));
			String asked = created(this.admin.post("/api/v1/dependencies", Map.of("cycleId", cycle, "fromTeamId", other,
					"toTeamId", team, "keyResultId", otherKeyResult, "description", "Asked of us " + i)));
			if (i == 0) {
				Reply decided = this.admin.post("/api/v1/dependencies/" + asked + "/decision",
						Map.of("decision", "accepted", "note", "Glad to"));
				assertThat(decided.status()).isEqualTo(200);
			}
		}
	}

}
