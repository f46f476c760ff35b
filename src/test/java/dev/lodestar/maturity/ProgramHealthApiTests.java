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
 * {@code GET /api/v1/program-health} over a cycle run, scored, reflected on and closed:
 * its figures worked out by hand; a cycle still running is not among them.
 */
class ProgramHealthApiTests extends ApiTest {

	@Test
	void aClosedCycleHasItsFiguresAndARunningOneIsNotListed() {
		Person owner = person("member");
		String team = team("Healthy " + UUID.randomUUID());
		join(team, owner, true);
		String cycle = cycle("execute");
		String company = objective(cycle, null);
		String committed = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Never lose an order", "kind", "committed",
						"contributesTo", List.of(Map.of("objectiveId", company)))));
		String aspirational = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Delight new customers", "kind", "aspirational")));
		// from 10 to 50: 50 scores 1.0, 30 scores 0.5
		CycleSteps.checkIn(owner, keyResult(committed, owner.id(), "Orders delivered on time"), 50, 7);
		CycleSteps.checkIn(owner, keyResult(aspirational, owner.id(), "Customers who come back"), 30, 7);
		CycleSteps.moveTo(this.admin, cycle, "reflect");
		Reply held = owner.api()
			.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team, Map.of("worked", "Check-ins", "held", true));
		assertThat(held.status()).as(held.toString()).isEqualTo(201);
		CycleSteps.moveTo(this.admin, cycle, "closed");
		String running = cycle("execute");
		objective(running, team);

		Reply reply = owner.api().get("/api/v1/program-health");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode ours = null;
		for (JsonNode entry : reply.json().get("cycles")) {
			assertThat(entry.get("cycleId").asString()).isNotEqualTo(running);
			if (entry.get("cycleId").asString().equals(cycle)) {
				ours = entry;
			}
		}
		assertThat(ours).as("the closed cycle among " + reply).isNotNull();
		// 91 days, 13 weeks: each key result checked in one of them
		assertThat(ours.get("checkInRegularity").asDouble()).isCloseTo(1.0 / 13, within(1e-9));
		assertThat(ours.get("retrospectivesHeld").asDouble()).isEqualTo(1.0);
		// the company-wide objective has no key result: 1.0 and 0.5
		assertThat(ours.get("averageScore").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(ours.get("committedMet").asDouble()).isEqualTo(1.0);
		assertThat(ours.get("surveyMean").isNull()).isTrue();
		// one of the team's two objectives contributes to the company's
		assertThat(ours.get("alignedObjectives").asDouble()).isEqualTo(0.5);
		assertThat(ours.properties()).hasSize(7);
	}

}
