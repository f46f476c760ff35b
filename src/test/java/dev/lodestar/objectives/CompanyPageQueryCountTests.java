package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company page runs as many SQL statements for a cycle with many objectives as for
 * one with a few.
 */
class CompanyPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithObjectives() {
		Person owner = person("member");
		String team = team("Counted " + java.util.UUID.randomUUID());
		String few = cycleWith(3, team, owner);
		String many = cycleWith(12, team, owner);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.get("/company?cycle=" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/company?cycle=" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/company?cycle=" + many).statusCode()).isEqualTo(200));
		long filtered = this.queries.during(() -> assertThat(
				browser.get("/company?cycle=" + many + "&risk=on&q=customers&owner=member").statusCode())
			.isEqualTo(200));
		long byOwnerId = this.queries.during(() -> assertThat(
				browser.get("/company?cycle=" + many + "&risk=on&q=customers&owner=" + owner.id()).statusCode())
			.isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		assertThat(filtered).isEqualTo(forFew);
		assertThat(byOwnerId).as("one more: the name of the owner asked for by id").isEqualTo(forFew + 1);
		assertThat(forFew).isLessThan(23); // the menu: up to three statements for the
											// reviews waiting (more when other tests left
											// some in review)
	}

	private String cycleWith(int objectives, String team, Person owner) {
		String cycle = cycle("execute");
		for (int i = 0; i < objectives; i++) {
			String keyResult = keyResult(objective(cycle, (i % 2 == 0) ? team : null), owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 5));
			assertThat(reply.status()).isEqualTo(201);
		}
		return cycle;
	}

}
