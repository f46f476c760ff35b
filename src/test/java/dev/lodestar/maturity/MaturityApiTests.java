package dev.lodestar.maturity;

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
 * {@code GET /api/v1/teams/{id}/maturity} and {@code GET /api/v1/maturity} over a cycle
 * run, scored and closed: the stage and each signal worked out by hand.
 */
class MaturityApiTests extends ApiTest {

	@Test
	void aTeamWithOneClosedCycleIsLearningWithItsSignalsAndFocus() {
		Person owner = person("member");
		String team = team("Maturing " + UUID.randomUUID());
		String partner = team("Partner " + UUID.randomUUID());
		join(team, owner, false);
		String cycle = cycle("execute");
		String shared = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamIds", List.of(team, partner), "title", "Customers recommend us")));
		String own = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "A calm production")));
		// a baseline and an outcome; neither; both
		String nps = keyResult(shared, owner, "Raise NPS to 45", 31, 45);
		keyResult(shared, owner, "Publish 10 blog posts", 0, 10);
		String incidents = keyResult(own, owner, "Zero critical incidents in production", 6, 0);
		CycleSteps.checkIn(owner, nps, 38, 6);
		CycleSteps.checkIn(owner, nps, 38, 6);
		CycleSteps.checkIn(owner, incidents, 3, 6);
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");

		Reply reply = owner.api().get("/api/v1/teams/" + team + "/maturity");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("stage").asString()).isEqualTo("learning");
		assertThat(body.get("cyclesCompleted").asInt()).isEqualTo(1);
		JsonNode signals = body.get("signals");
		// the cycle runs 91 days, 13 weeks: two key results checked in one week each, one
		// never
		assertThat(signals.get("checkInRegularity").asDouble()).isCloseTo(2.0 / 39, within(1e-9));
		assertThat(signals.get("keyResultsWithBaseline").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(signals.get("outcomeKeyResults").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(signals.get("crossTeamObjectives").asDouble()).isEqualTo(0.5);
		assertThat(signals.get("retrospectivesHeld").asDouble()).isZero();
		// scores 0.25 (0.5 and 0) and 0.5: a standard deviation of 0.125
		assertThat(signals.get("scoreSpread").asDouble()).isCloseTo(0.125, within(1e-9));
		assertThat(body.get("expectations")).hasSize(3);
		assertThat(body.get("focus")).hasSize(2);
		assertThat(body.get("focus").get(0).asString()).startsWith("Check in every week: 5 %");
		assertThat(body.get("focus").get(1).asString()).startsWith("Hold a retrospective");

		// the partner team shares the objective: its cycle counts for it too
		JsonNode partners = owner.api().get("/api/v1/teams/" + partner + "/maturity").json();
		assertThat(partners.get("cyclesCompleted").asInt()).isEqualTo(1);
		assertThat(partners.get("signals").get("crossTeamObjectives").asDouble()).isEqualTo(1.0);

	}

	@Test
	void aRetrospectiveHeldBeforeTheCycleClosedCounts() {
		Person owner = person("member");
		String team = team("Reflective " + UUID.randomUUID());
		join(team, owner, false);
		String cycle = cycle("execute");
		keyResult(objective(cycle, team), owner, "Raise NPS to 45", 31, 45);
		CycleSteps.moveTo(this.admin, cycle, "reflect");
		Reply held = owner.api()
			.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team,
					Map.of("worked", "Weekly check-ins", "held", true));
		assertThat(held.status()).as(held.toString()).isEqualTo(201);
		CycleSteps.moveTo(this.admin, cycle, "closed");

		JsonNode body = owner.api().get("/api/v1/teams/" + team + "/maturity").json();

		assertThat(body.get("signals").get("retrospectivesHeld").asDouble()).isEqualTo(1.0);
		body.get("focus").forEach((line) -> assertThat(line.asString()).doesNotStartWith("Hold a retrospective"));
	}

	@Test
	void aTeamWithoutAClosedCycleIsInItsFirstWithNothingMeasured() {
		String team = team("New " + UUID.randomUUID());
		objective(cycle("execute"), team);

		Reply reply = this.admin.get("/api/v1/teams/" + team + "/maturity");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("stage").asString()).isEqualTo("first-cycle");
		assertThat(reply.json().get("cyclesCompleted").asInt()).isZero();
		reply.json()
			.get("signals")
			.properties()
			.forEach((signal) -> assertThat(signal.getValue().isNull()).as(signal.getKey()).isTrue());
		assertThat(reply.json().get("focus")).hasSize(3);
	}

	@Test
	void theOrganisationsMaturityCountsEveryClosedCycle() {
		Person member = person("member");
		String cycle = cycle("execute");
		keyResult(objective(cycle, null), member, "Raise NPS to 45", 31, 45);
		CycleSteps.moveTo(this.admin, cycle, "reflect", "closed");

		Reply reply = member.api().get("/api/v1/maturity");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("cyclesCompleted").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(reply.json().get("stage").asString()).isIn("learning", "mastery");
		assertThat(reply.json().get("signals").get("keyResultsWithBaseline").isNull()).isFalse();
	}

	@Test
	void anUnknownOrMalformedTeamIsAClearError() {
		assertThat(this.admin.get("/api/v1/teams/" + UUID.randomUUID() + "/maturity").status()).isEqualTo(404);
		// as for every path of the API, an id that cannot be one names nothing there
		assertThat(this.admin.get("/api/v1/teams/not-a-team/maturity").status()).isEqualTo(404);
	}

	private String keyResult(String objective, Person owner, String title, double start, double target) {
		return created(this.admin.post("/api/v1/objectives/" + objective + "/key-results", Map.of("title", title,
				"ownerId", owner.id(), "type", "metric", "startValue", start, "targetValue", target)));
	}

}
