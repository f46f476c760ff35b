package dev.lodestar.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey's results page runs as many SQL statements for a survey with many answers as
 * for one with a single answer, and so does the survey page.
 */
class SurveyQueryCountTests extends ApiTest {

	@Autowired
	Scheduler scheduler;

	@Test
	void statementsDoNotGrowWithAnswers() {
		Person champion = person("champion");
		String few = cycle("reflect");
		String many = cycle("reflect");
		answer(few, 1);
		answer(many, 6);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		this.scheduler.pause();
		try {
			for (String page : new String[] { "/survey/results", "/survey" }) {
				browser.get("/cycles/" + few + page);
				long forFew = statements(browser, "/cycles/" + few + page);
				long forMany = statements(browser, "/cycles/" + many + page);
				System.out.println(
						"The " + page + " page runs " + forFew + " statements with 1 answer, " + forMany + " with 6");
				assertThat(forMany).isEqualTo(forFew);
				assertThat(forFew).isLessThan(30);
			}
		}
		finally {
			this.scheduler.resume();
		}
	}

	private void answer(String cycle, int people) {
		List<String> ids = new ArrayList<>();
		this.admin.get("/api/v1/cycles/" + cycle + "/survey")
			.json()
			.get("questions")
			.forEach((q) -> ids.add(q.get("id").asString()));
		for (int i = 0; i < people; i++) {
			assertThat(person("member").api()
				.post("/api/v1/cycles/" + cycle + "/survey/responses",
						Map.of("answers",
								List.of(Map.of("questionId", ids.get(0), "value", 1 + i % 5),
										Map.of("questionId", ids.get(1), "value", 3),
										Map.of("questionId", ids.get(5), "text", "Idea " + i))))
				.status()).isEqualTo(201);
		}
	}

	private long statements(SignedInBrowser browser, String path) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			fewest = Math.min(fewest,
					this.queries.during(() -> assertThat(browser.get(path).statusCode()).isEqualTo(200)));
		}
		return fewest;
	}

}
