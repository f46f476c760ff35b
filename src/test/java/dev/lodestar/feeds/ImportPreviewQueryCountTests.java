package dev.lodestar.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import preview reads the key results it names in a fixed number of statements, and
 * the feed pages run as many statements however much there is.
 */
class ImportPreviewQueryCountTests extends ApiTest {

	@Test
	void previewStatementsDoNotGrowWithRows() {
		Person owner = person("member");
		String cycle = cycle("execute");
		List<String> keyResults = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			keyResults.add(keyResult(objective(cycle, null), owner.id()));
		}
		preview(owner, csv(keyResults.subList(0, 1)));
		long forOne = fewest(() -> preview(owner, csv(keyResults.subList(0, 1))));
		long forTwenty = fewest(() -> preview(owner, csv(keyResults)));
		assertThat(forTwenty).isEqualTo(forOne);
		assertThat(forOne).isLessThan(10);
	}

	@Test
	void feedPagesDoNotGrowWithCheckIns() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		String feed = "/key-results/" + keyResult + "/data-feed";
		browser.get(feed);
		long before = fewest(() -> assertThat(browser.get(feed).statusCode()).isEqualTo(200));
		for (int i = 0; i < 10; i++) {
			owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20 + i, "confidence", 7));
		}
		long after = fewest(() -> assertThat(browser.get(feed).statusCode()).isEqualTo(200));
		assertThat(after).isEqualTo(before);
		long importPage = fewest(() -> assertThat(browser.get("/check-ins/import").statusCode()).isEqualTo(200));
		assertThat(importPage).isLessThan(10);
	}

	/**
	 * The statements an action runs, at the fewest of three runs: background jobs poll
	 * the same database now and then, and their statements are counted too.
	 */
	private long fewest(Runnable action) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			fewest = Math.min(fewest, this.queries.during(action));
		}
		return fewest;
	}

	private void preview(Person owner, String csv) {
		Reply reply = owner.api()
			.send("POST", "/api/v1/check-ins/import?dryRun=true", csv, Map.of("Content-Type", "text/csv"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("items").valueStream().allMatch((item) -> item.get("error").isNull())).isTrue();
	}

	private static String csv(List<String> keyResults) {
		StringBuilder csv = new StringBuilder("keyResultId,value,confidence\n");
		keyResults.forEach((id) -> csv.append(id).append(",25,7\n"));
		return csv.toString();
	}

}
