package dev.lodestar.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/calibration} over real check-ins: a cycle is run, scored and closed;
 * its check-ins count, those of a cycle still running do not; a person reads only their
 * own.
 */
class CalibrationApiTests extends ApiTest {

	@Test
	void theCheckInsOfAClosedCycleAreScoredAgainstHowTheirKeyResultsEnded() {
		Person owner = person("member");
		String team = team("Calibrated " + UUID.randomUUID());
		join(team, owner, false);
		String cycle = cycle("execute");
		String committed = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Never lose an order", "kind", "committed")));
		String aspirational = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Delight new customers", "kind", "aspirational")));
		// from 10 to 50: reaching 50 scores 1.0, reaching 30 scores 0.5
		String met = keyResult(committed, owner.id(), "Orders delivered on time");
		String missed = keyResult(aspirational, owner.id(), "Customers who come back");
		CycleSteps.checkIn(owner, met, 50, 9);
		CycleSteps.checkIn(owner, missed, 30, 8);
		CycleSteps.checkIn(owner, missed, 30, 6);
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");
		String running = cycle("execute");
		CycleSteps.checkIn(owner, keyResult(objective(running, team), owner.id()), 20, 2);

		// (0.9 − 1)² + (0.8 − 0)² + (0.6 − 0)² = 0.01 + 0.64 + 0.36, over 3
		for (Reply reply : new Reply[] { owner.api().get("/api/v1/calibration?personId=" + owner.id()),
				owner.api().get("/api/v1/calibration?teamId=" + team),
				owner.api().get("/api/v1/calibration?teamId=" + team + "&personId=" + owner.id()) }) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			JsonNode body = reply.json();
			assertThat(body.get("brierScore").asDouble()).as(reply.toString()).isCloseTo(1.01 / 3, within(1e-9));
			assertThat(body.get("checkIns").asLong()).isEqualTo(3);
			assertThat(body.get("buckets")).hasSize(10);
			assertThat(bucket(body, 9).get("count").asLong()).isEqualTo(1);
			assertThat(bucket(body, 9).get("metShare").asDouble()).isEqualTo(1.0);
			assertThat(bucket(body, 8).get("metShare").asDouble()).isZero();
			assertThat(bucket(body, 2).get("count").asLong()).isZero();
			assertThat(bucket(body, 2).get("metShare").isNull()).isTrue();
			assertThat(body.get("cycles")).hasSize(1);
			assertThat(body.get("cycles").get(0).get("cycleId").asString()).isEqualTo(cycle);
			assertThat(body.get("cycles").get(0).get("brierScore").asDouble()).isCloseTo(1.01 / 3, within(1e-9));
		}
		JsonNode everyone = this.admin.get("/api/v1/calibration").json();
		assertThat(everyone.get("checkIns").asLong()).isGreaterThanOrEqualTo(3);
		List<String> cycles = new ArrayList<>();
		everyone.get("cycles").forEach((one) -> cycles.add(one.get("cycleId").asString()));
		assertThat(cycles).contains(cycle).doesNotContain(running);
	}

	@Test
	void withoutAClosedCycleThereIsNoScoreRatherThanAZero() {
		Person newcomer = person("member");

		Reply reply = newcomer.api().get("/api/v1/calibration?personId=" + newcomer.id());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("brierScore").isNull()).isTrue();
		assertThat(reply.json().get("checkIns").asLong()).isZero();
		assertThat(reply.json().get("cycles")).isEmpty();
		assertThat(reply.json().get("buckets")).hasSize(10);
		assertThat(reply.json().get("buckets").findValues("metShare"))
			.allSatisfy((share) -> assertThat(share.isNull()).isTrue());
	}

	@Test
	void aPersonsCalibrationIsTheirsAlone() {
		Person owner = person("member");
		Person champion = person("champion");

		assertThat(champion.api().get("/api/v1/calibration?personId=" + owner.id()).status()).isEqualTo(403);
		assertThat(this.admin.get("/api/v1/calibration?personId=" + owner.id()).status()).isEqualTo(403);
		assertThat(owner.api().get("/api/v1/calibration?personId=" + UUID.randomUUID()).status()).isEqualTo(403);
		assertThat(champion.api().get("/api/v1/calibration").status()).isEqualTo(200);
	}

	@Test
	void aMalformedOrUnknownTeamIsAClearError() {
		Reply malformed = this.admin.get("/api/v1/calibration?teamId=not-a-team");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.toString()).contains("teamId");
		assertThat(this.admin.get("/api/v1/calibration?personId=42").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/v1/calibration?teamId=" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private static JsonNode bucket(JsonNode body, int confidence) {
		return body.get("buckets").get(confidence - 1);
	}

}
