package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultsApiTests extends ApiTest {

	@Test
	void metricNeedsDistinctStartAndTarget() {
		String objective = objective(cycle("set"), null);
		String owner = person("member").id();
		Reply missing = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Latency", "ownerId", owner, "type", "metric"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("startValue", "targetValue");
		Reply same = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Latency", "ownerId", owner, "type", "metric", "startValue", 5, "targetValue", 5));
		assertThat(same.errorFields()).containsExactly("targetValue");
	}

	@Test
	void fallingMetricShowsProgressTowardsALowerTarget() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		Reply created = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "p95 latency", "ownerId", owner.id(), "type", "metric", "startValue", 800,
						"targetValue", 200, "unit", "ms"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("currentValue").asDouble()).isEqualTo(800.0);
		assertThat(created.json().get("weight").asDouble()).isEqualTo(1.0);
		assertThat(created.json().get("confidence").isNull()).isTrue();
		owner.api()
			.post("/api/v1/key-results/" + created.field("id") + "/check-ins", Map.of("value", 500, "confidence", 6));
		assertThat(this.admin.get("/api/v1/key-results/" + created.field("id")).json().get("progress").asDouble())
			.isEqualTo(0.5);
	}

	@Test
	void percentageDefaultsFromZeroToHundred() {
		Reply created = this.admin.post("/api/v1/objectives/" + objective(cycle("set"), null) + "/key-results",
				Map.of("title", "Test coverage", "ownerId", person("member").id(), "type", "percentage"));
		assertThat(created.json().get("startValue").asDouble()).isZero();
		assertThat(created.json().get("targetValue").asDouble()).isEqualTo(100.0);
	}

	@Test
	void unknownOwnerAndNegativeWeightAreNamed() {
		Reply reply = this.admin.post("/api/v1/objectives/" + objective(cycle("set"), null) + "/key-results",
				Map.of("title", "Signups", "ownerId", "5d0b1a52-7d38-4c55-9d0c-1b1f1b7b0c11", "type", "percentage",
						"weight", -1));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactlyInAnyOrder("ownerId", "weight");
	}

	@Test
	void unknownTypeListsTheKnownOnes() {
		Reply reply = this.admin.post("/api/v1/objectives/" + objective(cycle("set"), null) + "/key-results",
				Map.of("title", "Signups", "ownerId", person("member").id(), "type", "gut-feeling"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("type");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("metric", "percentage",
				"milestone");
	}

	@Test
	void patchChangesOnlyWhatItNames() {
		String keyResult = keyResult(objective(cycle("set"), null), person("member").id());
		Reply before = this.admin.get("/api/v1/key-results/" + keyResult);
		Reply after = this.admin.patch("/api/v1/key-results/" + keyResult, Map.of("title", "Weekly active squads"),
				before.header("ETag"));
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.field("title")).isEqualTo("Weekly active squads");
		assertThat(after.json().get("targetValue")).isEqualTo(before.json().get("targetValue"));
		assertThat(after.json().get("version").asLong()).isEqualTo(before.json().get("version").asLong() + 1);
		Reply cleared = this.admin.patch("/api/v1/key-results/" + keyResult, "{\"unit\": \"teams\"}");
		assertThat(cleared.field("unit")).isEqualTo("teams");
		assertThat(this.admin.patch("/api/v1/key-results/" + keyResult, "{\"unit\": null}").field("unit")).isNull();
	}

	@Test
	void typeCannotBeChanged() {
		String keyResult = keyResult(objective(cycle("set"), null), person("member").id());
		Reply reply = this.admin.patch("/api/v1/key-results/" + keyResult, Map.of("type", "milestone"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("type");
	}

	@Test
	void deleteAnswersNoContent() {
		String keyResult = keyResult(objective(cycle("set"), null), person("member").id());
		assertThat(this.admin.delete("/api/v1/key-results/" + keyResult).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).status()).isEqualTo(404);
	}

}
