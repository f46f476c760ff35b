package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An objective's page runs as many SQL statements for an objective with many key results,
 * check-ins and contributors as for one with few.
 */
class ObjectivePageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithKeyResultsCheckInsOrContributors() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String few = objectiveWith(cycle, 1, owner);
		String many = objectiveWith(cycle, 6, owner);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.get("/objectives/" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + many).statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(25);
	}

	private String objectiveWith(String cycle, int size, Person owner) {
		String objective = objective(cycle, null);
		for (int i = 0; i < size; i++) {
			String keyResult = keyResult(objective, owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 20 + i, "confidence", 7, "note", "Week " + i));
			assertThat(reply.status()).isEqualTo(201);
			created(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Contributor " + i,
					"alignedTo", Map.of("keyResultId", keyResult))));
		}
		return objective;
	}

}
