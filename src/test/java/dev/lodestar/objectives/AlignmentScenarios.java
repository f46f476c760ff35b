package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aligning to several objectives and rolling key results up, over real HTTP: the
 * scenarios that run on H2 ({@link AlignmentApiTests}) and on PostgreSQL
 * ({@code AlignmentOnPostgresTests}), and the helpers they share.
 */
abstract class AlignmentScenarios extends ApiTest {

	static final Offset<Double> CLOSE = Offset.offset(1e-9);

	@Test
	void aLinkThatWouldCloseALoopIsRefusedEvenThroughAKeyResult() {
		String cycle = cycle("set");
		String a = objective(cycle, null);
		String b = objective(cycle, null);
		String kr = keyResult(b, person("member").id());
		ok(this.admin.patch("/api/v1/objectives/" + a, links(link("keyResultId", kr, 1))));
		Reply loop = this.admin.patch("/api/v1/objectives/" + b, links(link("objectiveId", a, 1)));
		assertThat(loop.status()).as(loop.toString()).isEqualTo(400);
		assertThat(loop.errorFields()).containsExactly("contributesTo[0]");
		assertThat(this.admin.get("/api/v1/objectives/" + b).json().get("contributesTo").size()).isZero();
	}

	@Test
	void aRollUpFollowsTheWeightedProgressOfItsContributorsAtOnce() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String top = objective(cycle, null);
		String rollup = rollup(top, owner.id());
		String first = objective(cycle, null);
		String second = objective(cycle, null);
		String firstKr = keyResult(first, owner.id());
		String secondKr = keyResult(second, owner.id());
		ok(this.admin.patch("/api/v1/objectives/" + first, links(link("keyResultId", rollup, 3))));
		ok(this.admin.patch("/api/v1/objectives/" + second, links(link("keyResultId", rollup, 1))));
		checkIn(owner, firstKr, 30);
		checkIn(owner, secondKr, 50);
		// (3 × 0.5 + 1 × 1.0) / 4
		assertThat(progress(rollup)).isCloseTo(0.625, CLOSE);
		assertThat(this.admin.get("/api/v1/objectives/" + top).json().get("progress").asDouble()).isCloseTo(0.625,
				CLOSE);
	}

	@Test
	void checkInsInParallelBelowOneRollUpLeaveItAtItsRecomputation() throws Exception {
		Person owner = person("member");
		String cycle = cycle("execute");
		String top = objective(cycle, null);
		String rollup = rollup(top, owner.id());
		List<String> keyResults = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String child = objective(cycle, null);
			ok(this.admin.patch("/api/v1/objectives/" + child, links(link("keyResultId", rollup, i + 1))));
			keyResults.add(keyResult(child, owner.id()));
		}
		List<Callable<Reply>> calls = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < keyResults.size(); i++) {
				String kr = keyResults.get(i);
				double value = 12 + 8 * i + round;
				calls.add(() -> owner.api()
					.post("/api/v1/key-results/" + kr + "/check-ins", Map.of("value", value, "confidence", 6)));
			}
		}
		try (var pool = Executors.newFixedThreadPool(calls.size())) {
			for (Future<Reply> reply : pool.invokeAll(calls)) {
				assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
			}
		}
		double weighted = 0;
		for (int i = 0; i < keyResults.size(); i++) {
			weighted += (i + 1) * progress(keyResults.get(i));
		}
		assertThat(progress(rollup)).isCloseTo(weighted / 10, CLOSE);
		assertThat(weighted).isPositive();
	}

	String rollup(String objective, String owner) {
		return created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Rolled up", "ownerId", owner, "type", "rollup")));
	}

	double progress(String keyResult) {
		return this.admin.get("/api/v1/key-results/" + keyResult).json().get("progress").asDouble();
	}

	void checkIn(Person owner, String keyResult, double value) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", 7));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	static Map<String, Object> link(String kind, String id, double weight) {
		return Map.of(kind, id, "weight", weight);
	}

	@SafeVarargs
	static Map<String, Object> links(Map<String, Object>... links) {
		Map<String, Object> body = new HashMap<>();
		body.put("contributesTo", List.of(links));
		return body;
	}

	static Reply ok(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
		return reply;
	}

}
