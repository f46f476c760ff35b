package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * My week runs as many SQL statements for a person with many key results as for one with
 * a few.
 */
class MyWeekQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithKeyResults() {
		Person few = person("member");
		Person many = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		checkedIn(keyResult(objective, few.id()), few);
		for (int i = 0; i < 12; i++) {
			checkedIn(keyResult(objective(cycle, null), many.id()), many);
		}
		SignedInBrowser fewBrowser = SignedInBrowser.signIn(this.port, few.email(), PASSWORD);
		SignedInBrowser manyBrowser = SignedInBrowser.signIn(this.port, many.email(), PASSWORD);
		fewBrowser.get("/");
		manyBrowser.get("/");
		long forFew = this.queries.during(() -> assertThat(fewBrowser.get("/").statusCode()).isEqualTo(200));
		long forMany = this.queries.during(() -> assertThat(manyBrowser.get("/").statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		// 10 on a database of its own (18 before the fixed cost of a page went from ten
		// statements to two); the full run's shared database, where other tests leave
		// cycles
		// in other phases, adds one
		assertThat(forFew).isLessThan(12);
	}

	private void checkedIn(String keyResult, Person owner) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", 20, "confidence", 7, "note", "ok"));
		assertThat(reply.status()).isEqualTo(201);
	}

}
