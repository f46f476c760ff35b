package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringApiTests extends ApiTest {

	@Test
	void enteringReflectScoresEveryKeyResultFromItsProgress() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String objective = objective(cycle, null);
		String half = keyResult(objective, owner.id());
		String untouched = keyResult(objective, owner.id());
		owner.api().post("/api/v1/key-results/" + half + "/check-ins", Map.of("value", 30, "confidence", 6));
		assertThat(this.admin.get("/api/v1/key-results/" + half).json().get("score").isNull()).isTrue();
		assertThat(this.admin.get("/api/v1/objectives/" + objective).json().get("score").isNull()).isTrue();

		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));

		assertThat(this.admin.get("/api/v1/key-results/" + half).json().get("score").asDouble()).isEqualTo(0.5);
		assertThat(this.admin.get("/api/v1/key-results/" + untouched).json().get("score").asDouble()).isZero();
		Reply scored = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(scored.json().get("score").asDouble()).isEqualTo(0.25);
		assertThat(scored.json().get("metExpectation").asBoolean()).isFalse();
	}

	@Test
	void anOwnerAdjustsAScoreWithAReason() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String objective = objective(cycle, null);
		String keyResult = keyResult(objective, owner.id());
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));

		Reply adjusted = owner.api()
			.patch("/api/v1/key-results/" + keyResult,
					Map.of("score", 0.7, "scoreReason", "Signed contracts count though not yet live"));
		assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
		assertThat(adjusted.json().get("score").asDouble()).isEqualTo(0.7);
		assertThat(adjusted.field("scoreReason")).isEqualTo("Signed contracts count though not yet live");
		Reply objectiveNow = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(objectiveNow.json().get("score").asDouble()).isEqualTo(0.7);
		assertThat(objectiveNow.json().get("metExpectation").asBoolean()).isTrue();
	}

	@Test
	void aChangedScoreWithoutAReasonIsRefusedAndChangesNothing() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle, null), owner.id());
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		long version = this.admin.get("/api/v1/key-results/" + keyResult).json().get("version").asLong();

		Reply noReason = owner.api().patch("/api/v1/key-results/" + keyResult, Map.of("score", 0.4));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errorFields()).containsExactly("scoreReason");
		Map<String, Object> blank = new HashMap<>(Map.of("score", 0.4, "scoreReason", " "));
		assertThat(owner.api().patch("/api/v1/key-results/" + keyResult, blank).errorFields())
			.containsExactly("scoreReason");
		for (double wrong : new double[] { -0.5, 1.5 }) {
			Reply outside = owner.api()
				.patch("/api/v1/key-results/" + keyResult, Map.of("score", wrong, "scoreReason", "because"));
			assertThat(outside.status()).isEqualTo(400);
			assertThat(outside.errorFields()).containsExactly("score");
		}
		Reply notANumber = owner.api().patch("/api/v1/key-results/" + keyResult, Map.of("score", "high"));
		assertThat(notANumber.errorFields()).containsExactly("score");

		Reply after = this.admin.get("/api/v1/key-results/" + keyResult);
		assertThat(after.json().get("score").asDouble()).isZero();
		assertThat(after.json().get("version").asLong()).isEqualTo(version);
	}

	@Test
	void scoresWaitForReflect() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply early = owner.api()
			.patch("/api/v1/key-results/" + keyResult, Map.of("score", 0.5, "scoreReason", "early"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).json().get("score").isNull()).isTrue();
	}

	@Test
	void aViewerCannotScore() {
		String cycle = cycle("execute");
		String keyResult = keyResult(objective(cycle, null), person("member").id());
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		Reply reply = person("viewer").api()
			.patch("/api/v1/key-results/" + keyResult, Map.of("score", 0.5, "scoreReason", "why not"));
		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void aCheckInDuringReflectMovesAScoreNobodyAdjusted() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle, null), owner.id());
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		owner.api().post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 50, "confidence", 9));
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).json().get("score").asDouble()).isEqualTo(1.0);
	}

	@Test
	void aLeadExplainsTheObjectivesScoreInReflect() {
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		Reply early = this.admin.patch("/api/v1/objectives/" + objective, Map.of("scoreReason", "too soon"));
		assertThat(early.status()).isEqualTo(409);
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		Reply explained = this.admin.patch("/api/v1/objectives/" + objective,
				Map.of("scoreReason", "We set the bar before the reorganisation"));
		assertThat(explained.field("scoreReason")).isEqualTo("We set the bar before the reorganisation");
		assertThat(this.admin.patch("/api/v1/objectives/" + objective, Map.of("score", 1.0)).errorFields())
			.containsExactly("score");
	}

}
