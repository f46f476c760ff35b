package dev.lodestar.activity;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;
import dev.lodestar.testing.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity pages run as many SQL statements for a long feed as for a short one.
 */
class ActivityQueryCountTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	@Test
	void aTeamsFeedDoesNotGrowWithItsEntries() {
		Person owner = person("member");
		String quiet = team("Quiet " + UUID.randomUUID());
		String busy = team("Busy " + UUID.randomUUID());
		String cycle = cycle("execute");
		checkIns(keyResult(objective(cycle, quiet), owner.id()), owner, 1);
		checkIns(keyResult(objective(cycle, busy), owner.id()), owner, 40);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		browser.get("/teams/" + quiet + "/activity");
		long forQuiet = statements(browser, "/teams/" + quiet + "/activity");
		long forBusy = statements(browser, "/teams/" + busy + "/activity");
		assertThat(forBusy).isEqualTo(forQuiet);
		assertThat(forQuiet).isLessThan(15);
	}

	@Test
	void theCompanyFeedDoesNotGrowWithItsEntries() {
		Person owner = person("member");
		String team = team("Company feed " + UUID.randomUUID());
		String keyResult = keyResult(objective(cycle("execute"), team), owner.id());
		checkIns(keyResult, owner, 2);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		browser.get("/activity");
		long before = statements(browser, "/activity");
		checkIns(keyResult, owner, 40);
		assertThat(statements(browser, "/activity")).isEqualTo(before);
		assertThat(statements(browser, "/activity?page=2")).isEqualTo(before);
	}

	private void checkIns(String keyResult, Person owner, int count) {
		for (int i = 0; i < count; i++) {
			created(owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 11 + i, "confidence", 7)));
		}
	}

	private long statements(SignedInBrowser browser, String path) {
		return StatementLog.during(this.dataSource, () -> assertThat(browser.get(path).statusCode()).isEqualTo(200))
			.size();
	}

}
