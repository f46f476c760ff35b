package dev.lodestar.maturity;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program page and the team page's maturity read a fixed number of statements however
 * many cycles are closed, objectives set and check-ins given.
 */
class ProgramPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithClosedCycles() {
		Person champion = person("champion");
		Person lead = person("member");
		String team = team("Counted");
		join(team, lead, true);
		closedCycle(team, lead, 1);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		long programBefore = statements(browser, "/program");
		long teamBefore = statements(browser, "/teams/" + team);

		for (int i = 0; i < 3; i++) {
			closedCycle(team, lead, 4);
		}
		long programAfter = statements(browser, "/program");
		long teamAfter = statements(browser, "/teams/" + team);

		System.out.println("Program page statements: " + programBefore + " then " + programAfter
				+ " with three more closed cycles; team page " + teamBefore + " then " + teamAfter);
		assertThat(programAfter).isEqualTo(programBefore);
		assertThat(teamAfter).isEqualTo(teamBefore);
	}

	/**
	 * The statements of a page once the signals of the closed cycles are kept (the first
	 * read after a cycle closes adds the two that read them, whatever their size).
	 */
	private long statements(SignedInBrowser browser, String path) {
		assertThat(browser.get(path).statusCode()).isEqualTo(200);
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
		});
	}

	/** A cycle with objectives checked in, scored and closed. */
	private void closedCycle(String team, Person lead, int objectives) {
		String cycle = cycle("execute");
		for (int i = 0; i < objectives; i++) {
			String keyResult = keyResult(objective(cycle, team), lead.id());
			CycleSteps.checkIn(lead, keyResult, 30, 6);
		}
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");
	}

}
