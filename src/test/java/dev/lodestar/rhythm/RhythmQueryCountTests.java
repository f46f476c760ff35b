package dev.lodestar.rhythm;

import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monday and Friday pages run as many SQL statements for a team with many key
 * results, priorities, wins and kudos as for one with a few.
 */
class RhythmQueryCountTests extends ApiTest {

	@Autowired
	Scheduler scheduler;

	@Test
	void statementsDoNotGrowWithKeyResultsOrWins() {
		Person lead = person("member");
		Person mate = person("member");
		String few = team("Few wins");
		String many = team("Many wins");
		for (String team : new String[] { few, many }) {
			join(team, lead, true);
			join(team, mate, false);
		}
		String cycle = cycle("execute");
		fill(cycle, few, lead, mate, 1);
		fill(cycle, many, lead, mate, 6);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		this.scheduler.pause();
		try {
			compare(browser, few, many);
		}
		finally {
			this.scheduler.resume();
		}
	}

	private void compare(SignedInBrowser browser, String few, String many) {
		for (String page : new String[] { "monday", "friday" }) {
			browser.get("/teams/" + few + "/" + page);
			long forFew = statements(browser, "/teams/" + few + "/" + page);
			long forMany = statements(browser, "/teams/" + many + "/" + page);
			System.out.println(
					"The " + page + " page runs " + forFew + " statements with 1 key result, " + forMany + " with 6");
			assertThat(forMany).isEqualTo(forFew);
			assertThat(forFew).isLessThan(30);
		}
	}

	/**
	 * The fewest statements of five requests, each after a pause, while the background
	 * jobs do not poll the database: the session is saved as a request ends, and that
	 * must not count as the next page's.
	 */
	private long statements(SignedInBrowser browser, String path) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			pause();
			fewest = Math.min(fewest,
					this.queries.during(() -> assertThat(browser.get(path).statusCode()).isEqualTo(200)));
		}
		return fewest;
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void fill(String cycle, String team, Person lead, Person mate, int count) {
		String objective = objective(cycle, team);
		String week = "/api/v1/teams/" + team + "/weeks/" + RhythmFixtures.thisWeek();
		for (int i = 0; i < count; i++) {
			RhythmFixtures.checkIn(lead, keyResult(objective, lead.id()), 20 + i, 7);
			assertThat(lead.api().post(week + "/wins", Map.of("text", "Win " + i)).status()).isEqualTo(201);
			if (i < Priority.MAX_PER_WEEK) {
				assertThat(lead.api().post(week + "/priorities", Map.of("text", "Priority " + i)).status())
					.isEqualTo(201);
			}
			assertThat(lead.api()
				.post("/api/v1/kudos", Map.of("toId", mate.id(), "teamId", team, "message", "Thanks " + i))
				.status()).isEqualTo(201);
		}
	}

}
