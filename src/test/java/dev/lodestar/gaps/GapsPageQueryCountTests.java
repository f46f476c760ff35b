package dev.lodestar.gaps;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps page runs as many SQL statements for a cycle with many key results as for one
 * with a few.
 */
class GapsPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithKeyResults() {
		Person owner = person("member");
		String few = cycle("execute");
		String many = cycle("execute");
		keyResult(objective(few, team("Few")), owner.id());
		for (int i = 0; i < 12; i++) {
			String keyResult = keyResult(objective(many, team("Many " + i)), owner.id());
			owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20 + i, "confidence", 7));
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		// the first view of a cycle reads its key results and keeps them until one
		// changes
		browser.get("/gaps?cycle=" + few);
		browser.get("/gaps?cycle=" + many);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/gaps?cycle=" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/gaps?cycle=" + many).statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(20);
	}

}
