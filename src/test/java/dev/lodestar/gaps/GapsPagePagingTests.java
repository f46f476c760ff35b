package dev.lodestar.gaps;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps page shows 50 key results a page, with links to the pages beside it that keep
 * the cycle and the team.
 */
class GapsPagePagingTests extends ApiTest {

	@Test
	void fiftyKeyResultsMakeAPageAndTheRestGoOnTheNext() {
		Person owner = person("member");
		String team = team("Many gaps");
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		for (int i = 0; i < 51; i++) {
			keyResult(objective, owner.id());
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);

		String first = browser.get("/gaps?cycle=" + cycle + "&team=" + team).body();
		String second = browser.get("/gaps?cycle=" + cycle + "&team=" + team + "&page=2").body();

		assertThat(first).contains("Page 1 of 2").contains("51 key results");
		assertThat(first).contains("href=\"/gaps?cycle=" + cycle + "&amp;team=" + team + "&amp;page=2\"");
		assertThat(rows(first)).isEqualTo(50);
		assertThat(second).contains("Page 2 of 2").contains("rel=\"prev\"");
		assertThat(rows(second)).isEqualTo(1);
	}

	private static int rows(String page) {
		return page.split("id=\"gap-", -1).length - 1;
	}

}
