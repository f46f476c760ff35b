package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A metric's page and the library read a fixed number of statements however many cycles
 * tracked the metric and however long its history.
 */
class MetricPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithCyclesOrHistory() {
		Person lead = person("member");
		String team = team("Measured");
		join(team, lead, true);
		String metric = created(
				this.admin.post("/api/v1/metrics", Map.of("name", "Counted customers", "unit", "accounts")));
		trackedCycle(team, lead, metric, 1);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		long pageBefore = statements(browser, "/metrics/" + metric);
		long libraryBefore = statements(browser, "/metrics");

		for (int i = 0; i < 3; i++) {
			trackedCycle(team, lead, metric, 5);
		}
		long pageAfter = statements(browser, "/metrics/" + metric);
		long libraryAfter = statements(browser, "/metrics");

		System.out.println("Metric page statements: " + pageBefore + " then " + pageAfter
				+ " with three more cycles; library " + libraryBefore + " then " + libraryAfter);
		assertThat(pageAfter).isEqualTo(pageBefore);
		assertThat(libraryAfter).isEqualTo(libraryBefore);
	}

	private long statements(SignedInBrowser browser, String path) {
		assertThat(browser.get(path).statusCode()).isEqualTo(200);
		return this.queries.during(() -> assertThat(browser.get(path).statusCode()).isEqualTo(200));
	}

	/** A cycle whose key result tracks the metric, checked in a few times and closed. */
	private void trackedCycle(String team, Person lead, String metric, int checkIns) {
		String cycle = cycle("execute");
		String keyResult = created(this.admin.post("/api/v1/objectives/" + objective(cycle, team) + "/key-results",
				Map.of("title", "Counted customers to 2,000", "ownerId", lead.id(), "type", "metric", "startValue", 100,
						"targetValue", 2000, "metricId", metric)));
		for (int i = 1; i <= checkIns; i++) {
			Reply reply = lead.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 100 + i * 50, "confidence", 6));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		}
		for (String phase : new String[] { "reflect", "closed" }) {
			assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase)).status())
				.isEqualTo(200);
		}
	}

}
