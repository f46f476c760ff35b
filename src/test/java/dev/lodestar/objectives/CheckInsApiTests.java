package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInsApiTests extends ApiTest {

	@Test
	void checkInSetsCurrentValueConfidenceAndLastCheckIn() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply created = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", 30, "confidence", 6, "note", "Halfway there", "blockers", "Waiting on data"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/check-ins/" + created.field("id"));
		assertThat(created.field("authorId")).isEqualTo(owner.id());
		assertThat(created.json().get("value").asDouble()).isEqualTo(30.0);
		assertThat(created.field("note")).isEqualTo("Halfway there");
		assertThat(created.field("blockers")).isEqualTo("Waiting on data");
		assertThat(created.field("source")).isEqualTo("api");

		Reply kr = owner.api().get("/api/v1/key-results/" + keyResult);
		assertThat(kr.json().get("currentValue").asDouble()).isEqualTo(30.0);
		assertThat(kr.json().get("confidence").asInt()).isEqualTo(6);
		assertThat(kr.json().get("progress").asDouble()).isEqualTo(0.5);
		assertThat(kr.field("lastCheckInAt")).isEqualTo(created.field("createdAt"));
	}

	@Test
	void historyIsNewestFirst() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		for (int value : new int[] { 15, 20, 25 }) {
			owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", 7));
		}
		Reply history = owner.api().get("/api/v1/key-results/" + keyResult + "/check-ins");
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().get("total").asInt()).isEqualTo(3);
		assertThat(history.json().get("items").valueStream().map((item) -> item.get("value").asDouble()))
			.containsExactly(25.0, 20.0, 15.0);
	}

	@Test
	void closedCycleRefusesCheckIns() {
		Person owner = person("member");
		String cycle = cycle("reflect");
		String keyResult = keyResult(objective(cycle, null), owner.id());
		assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "closed")).status())
			.isEqualTo(200);
		Reply refused = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 6));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(owner.api().get("/api/v1/key-results/" + keyResult + "/check-ins").json().get("total").asInt())
			.isZero();
	}

	@Test
	void outOfRangeConfidenceAndMissingValueAreNamed() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply reply = owner.api().post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("confidence", 11));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactlyInAnyOrder("value", "confidence");
		Reply fractional = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", "{\"value\": 3, \"confidence\": 6.5}");
		assertThat(fractional.status()).isEqualTo(400);
		assertThat(fractional.errorFields()).containsExactly("confidence");
		assertThat(owner.api().get("/api/v1/key-results/" + keyResult).json().get("confidence").isNull()).isTrue();
	}

	@Test
	void milestoneTakesOnlyZeroOrOne() {
		Person owner = person("member");
		Reply kr = this.admin.post("/api/v1/objectives/" + objective(cycle("execute"), null) + "/key-results",
				Map.of("title", "Launch the beta", "ownerId", owner.id(), "type", "milestone"));
		String keyResult = created(kr);
		assertThat(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 0.5, "confidence", 5))
			.status()).isEqualTo(400);
		assertThat(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 1, "confidence", 9))
			.status()).isEqualTo(201);
		assertThat(owner.api().get("/api/v1/key-results/" + keyResult).json().get("progress").asDouble())
			.isEqualTo(1.0);
	}

	@Test
	void unknownKeyResultIsNotFound() {
		assertThat(this.admin
			.post("/api/v1/key-results/6f1c1a52-7d38-4c55-9d0c-1b1f1b7b0c11/check-ins",
					Map.of("value", 1, "confidence", 5))
			.status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/key-results/not-an-id/check-ins").status()).isEqualTo(404);
	}

	@Test
	void checkInsSentAtTheSameMomentAreAllKept() throws Exception {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		int count = 24;
		List<Callable<Reply>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int value = 11 + i;
			calls.add(() -> owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", 5)));
		}
		try (var pool = Executors.newFixedThreadPool(count)) {
			for (Future<Reply> reply : pool.invokeAll(calls)) {
				assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
			}
		}
		Reply history = owner.api().get("/api/v1/key-results/" + keyResult + "/check-ins?limit=500");
		assertThat(history.json().get("total").asInt()).isEqualTo(count);
		double newest = history.json().get("items").get(0).get("value").asDouble();
		assertThat(owner.api().get("/api/v1/key-results/" + keyResult).json().get("currentValue").asDouble())
			.isEqualTo(newest);
	}

}
