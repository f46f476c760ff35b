package dev.lodestar.objectives;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check-in through the API is a handful of statements, however long the key result's
 * history: the token with its person, the key result's lock, the key result with its
 * objective and cycle, the two writes of the check-in, the walk up to the roll-ups above
 * (none here), the feed's entry and the webhooks.
 */
class CheckInQueryCountTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	@Test
	void aCheckInIsEightStatementsWhateverItsHistory() {
		Person owner = person("member");
		String team = team("Check-ins " + UUID.randomUUID());
		String cycle = cycle("execute");
		String fresh = keyResult(objective(cycle, team), owner.id());
		String busy = keyResult(objective(cycle, team), owner.id());
		for (int i = 0; i < 30; i++) {
			checkIn(owner, busy, 11 + i);
		}
		checkIn(owner, fresh, 11);
		List<String> forFresh = statements(owner, fresh);
		List<String> forBusy = statements(owner, busy);
		assertThat(forBusy).hasSameSizeAs(forFresh);
		assertThat(forFresh).as(String.join("\n", forFresh)).hasSize(8);
	}

	@Test
	void h2KeepsThePlansOfMoreStatementsThanOneCheckInRuns() {
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select setting_value from information_schema.settings where setting_name = 'QUERY_CACHE_SIZE'")
			.query(String.class)
			.single()).isEqualTo("256");
	}

	private List<String> statements(Person owner, String keyResult) {
		return StatementLog.during(this.dataSource, () -> checkIn(owner, keyResult, 42));
	}

	private void checkIn(Person owner, String keyResult, int value) {
		created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", 7)));
	}

}
