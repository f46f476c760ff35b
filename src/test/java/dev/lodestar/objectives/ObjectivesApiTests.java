package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectivesApiTests extends ApiTest {

	@Test
	void createdObjectiveIsADraftWithDefaults() {
		String cycle = cycle("set");
		String team = team("Payments");
		Reply created = this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "teamId", team, "title",
				"Make paying effortless", "description", "Checkout drop-off costs us customers."));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/objectives/" + created.field("id"));
		assertThat(created.field("status")).isEqualTo("draft");
		assertThat(created.field("kind")).isEqualTo("aspirational");
		assertThat(created.field("teamId")).isEqualTo(team);
		assertThat(created.json().get("alignedTo").isNull()).isTrue();
		assertThat(created.json().get("progress").asDouble()).isZero();
		assertThat(created.json().get("keyResults").size()).isZero();
	}

	@Test
	void progressIsTheWeightedMeanOfKeyResults() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String first = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Conversion", "ownerId", owner.id(), "type", "percentage", "weight", 3)));
		created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Ship the new checkout", "ownerId", owner.id(), "type", "milestone")));
		owner.api().post("/api/v1/key-results/" + first + "/check-ins", Map.of("value", 40, "confidence", 7));
		Reply read = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(read.json().get("keyResults").size()).isEqualTo(2);
		assertThat(read.json().get("progress").asDouble()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void alignsToAnObjectiveOrAKeyResult() {
		String cycle = cycle("set");
		String company = objective(cycle, null);
		String keyResult = keyResult(company, person("member").id());
		Reply toObjective = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "title", "Team goal", "alignedTo", Map.of("objectiveId", company)));
		assertThat(toObjective.status()).isEqualTo(201);
		assertThat(toObjective.json().get("alignedTo").get("objectiveId").asString()).isEqualTo(company);
		Reply toKeyResult = this.admin.patch("/api/v1/objectives/" + toObjective.field("id"),
				Map.of("alignedTo", Map.of("keyResultId", keyResult)));
		assertThat(toKeyResult.status()).isEqualTo(200);
		assertThat(toKeyResult.json().get("alignedTo").get("keyResultId").asString()).isEqualTo(keyResult);
		assertThat(toKeyResult.json().get("alignedTo").has("objectiveId")).isFalse();
		Reply cleared = this.admin.patch("/api/v1/objectives/" + toObjective.field("id"), "{\"alignedTo\": null}");
		assertThat(cleared.json().get("alignedTo").isNull()).isTrue();
	}

	@Test
	void unknownReferencesAreInvalidFieldsAndNothingIsStored() {
		String cycle = cycle("set");
		long before = this.admin.get("/api/v1/objectives?cycleId=" + cycle).json().get("total").asLong();
		Reply reply = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", "0b7c2f1e-61a4-4e7b-9f38-2d0f4a1c9e55", "title", "Orphan",
						"alignedTo", Map.of("objectiveId", "0b7c2f1e-61a4-4e7b-9f38-2d0f4a1c9e56")));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactlyInAnyOrder("teamId", "alignedTo");
		Reply noCycle = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", "0b7c2f1e-61a4-4e7b-9f38-2d0f4a1c9e57", "title", "Nowhere"));
		assertThat(noCycle.errorFields()).containsExactly("cycleId");
		assertThat(this.admin.get("/api/v1/objectives?cycleId=" + cycle).json().get("total").asLong())
			.isEqualTo(before);
	}

	@Test
	void blankAndOverlongTitlesAreRefused() {
		String cycle = cycle("set");
		assertThat(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "   ")).errorFields())
			.containsExactly("title");
		assertThat(
				this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "x".repeat(201))).errorFields())
			.containsExactly("title");
		assertThat(this.admin
			.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Fine", "description", "x".repeat(10_001)))
			.errorFields()).containsExactly("description");
		assertThat(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "x".repeat(200))).status())
			.isEqualTo(201);
	}

	@Test
	void publishedObjectiveCanBeArchivedButNotDrafted() {
		String objective = objective(cycle("set"), null);
		Reply published = this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));
		assertThat(published.field("status")).isEqualTo("published");
		assertThat(this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "draft")).status())
			.isEqualTo(409);
		assertThat(this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "archived")).field("status"))
			.isEqualTo("archived");
	}

	@Test
	void listFiltersByCycleAndTeam() {
		String cycle = cycle("set");
		String team = team("Search");
		String ours = objective(cycle, team);
		objective(cycle, null);
		objective(cycle("set"), team);
		Reply list = this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + team);
		assertThat(list.json().get("total").asInt()).isEqualTo(1);
		assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo(ours);
		assertThat(this.admin.get("/api/v1/objectives?cycleId=" + cycle).json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void closedCycleRefusesChangesToObjectives() {
		String cycle = cycle("reflect");
		String objective = objective(cycle, null);
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "closed"));
		assertThat(this.admin.patch("/api/v1/objectives/" + objective, Map.of("title", "Late")).status())
			.isEqualTo(409);
		assertThat(this.admin.delete("/api/v1/objectives/" + objective).status()).isEqualTo(409);
		assertThat(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Late")).status())
			.isEqualTo(409);
	}

	@Test
	void deletingAnObjectiveRemovesItsKeyResults() {
		String objective = objective(cycle("execute"), null);
		String keyResult = keyResult(objective, person("member").id());
		Reply read = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(this.admin.delete("/api/v1/objectives/" + objective, "\"999\"").status()).isEqualTo(412);
		assertThat(this.admin.delete("/api/v1/objectives/" + objective, read.header("ETag")).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/objectives/" + objective).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).status()).isEqualTo(404);
	}

}
