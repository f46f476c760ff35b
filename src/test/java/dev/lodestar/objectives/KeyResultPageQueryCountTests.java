package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key result's page runs as many SQL statements with a long history of check-ins as
 * with a short one.
 */
class KeyResultPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithCheckIns() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String few = keyResultWith(objective, 1, owner);
		String many = keyResultWith(objective, 25, owner);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		browser.get("/key-results/" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/key-results/" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/key-results/" + many).statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(25);
	}

	private String keyResultWith(String objective, int checkIns, Person owner) {
		String keyResult = keyResult(objective, owner.id());
		for (int i = 0; i < checkIns; i++) {
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 11 + i, "confidence", 7, "note", "Week " + i));
			assertThat(reply.status()).isEqualTo(201);
		}
		return keyResult;
	}

}
