package dev.lodestar.retrospectives;

import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's retrospective page runs as many SQL statements for a team with many scored
 * objectives and learnings as for one with a single objective.
 */
class RetrospectiveQueryCountTests extends ApiTest {

	@Autowired
	Scheduler scheduler;

	@Test
	void statementsDoNotGrowWithObjectivesOrLearnings() {
		Person member = person("member");
		String few = team("Few objectives");
		String many = team("Many objectives");
		join(few, member, false);
		join(many, member, false);
		String cycle = cycle("execute");
		fill(cycle, few, member, 1);
		fill(cycle, many, member, 6);
		Map<String, Object> phase = Map.of("phase", "reflect");
		assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", phase).status()).isEqualTo(200);
		for (String team : new String[] { few, many }) {
			this.admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team,
					Map.of("worked", "Check-ins", "held", true));
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		this.scheduler.pause();
		try {
			String fewPath = "/teams/" + few + "/retrospectives/" + cycle;
			String manyPath = "/teams/" + many + "/retrospectives/" + cycle;
			browser.get(fewPath);
			long forFew = statements(browser, fewPath);
			long forMany = statements(browser, manyPath);
			System.out.println(
					"The retrospective page runs " + forFew + " statements with 1 objective, " + forMany + " with 6");
			assertThat(forMany).isEqualTo(forFew);
			assertThat(forFew).isLessThan(30);
		}
		finally {
			this.scheduler.resume();
		}
	}

	private void fill(String cycle, String team, Person member, int objectives) {
		for (int i = 0; i < objectives; i++) {
			String objective = objective(cycle, team);
			keyResult(objective, member.id());
			keyResult(objective, member.id());
			this.admin.put("/api/v1/objectives/" + objective + "/learning", Map.of("learning", "Learned " + i));
		}
	}

	/** The fewest statements of five requests, each after a pause. */
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
