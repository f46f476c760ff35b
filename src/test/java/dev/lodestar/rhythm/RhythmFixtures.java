package dev.lodestar.rhythm;

import java.time.LocalDate;
import java.util.Map;

import dev.lodestar.testing.ApiTest.Person;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small steps the rhythm's tests share: checking in and naming weeks.
 */
final class RhythmFixtures {

	private RhythmFixtures() {
	}

	/** The Monday of this week; the tests run with the organisation in UTC. */
	static String thisWeek() {
		return Week.holding(LocalDate.now(java.time.ZoneOffset.UTC)).toString();
	}

	static String lastWeek() {
		return Week.holding(LocalDate.now(java.time.ZoneOffset.UTC)).previous().toString();
	}

	static void checkIn(Person who, String keyResult, double value, int confidence) {
		Reply reply = who.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

}
