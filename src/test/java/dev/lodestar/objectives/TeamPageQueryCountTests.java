package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team page runs as many SQL statements for a team with many objectives as for one with
 * a few, for a lead (who gets the forms) and for a viewer.
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
		for (int i = 0; i < 2; i++) {
			objectiveWithCheckIns(cycle, few, lead);
		}
		for (int i = 0; i < 8; i++) {
			objectiveWithCheckIns(cycle, many, lead);
		}
		for (Person person : new Person[] { lead, viewer }) {
			SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
			browser.get("/teams/" + few + "?cycle=" + cycle);
			long forFew = statements(browser, "/teams/" + few + "?cycle=" + cycle);
			long forMany = statements(browser, "/teams/" + many + "?cycle=" + cycle);
			System.out.println("Team page statements for a " + person.email().split("-")[0] + ": " + forFew
					+ " with 2 objectives, " + forMany + " with 8");
			assertThat(forMany).isEqualTo(forFew);
			assertThat(forFew).isLessThan(30);
		}
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<polyline");
		});
	}

	private void objectiveWithCheckIns(String cycle, String team, Person owner) {
		String objective = objective(cycle, team);
		for (int i = 0; i < 2; i++) {
			String keyResult = keyResult(objective, owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 20 + i, "confidence", 7, "note", "on our way"));
			assertThat(reply.status()).isEqualTo(201);
		}
	}

}
