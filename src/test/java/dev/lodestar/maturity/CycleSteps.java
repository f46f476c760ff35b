package dev.lodestar.maturity;

import java.util.Map;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the program across cycles do to a cycle over the API: a key result's
 * owner checks in, the admin moves the cycle on.
 */
final class CycleSteps {

	private CycleSteps() {
	}

	static void checkIn(ApiTest.Person owner, String keyResult, double value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	/** Moves a cycle through these phases, in order. */
	static void moveTo(Api admin, String cycle, String... phases) {
		for (String phase : phases) {
			Reply moved = admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
	}

}
