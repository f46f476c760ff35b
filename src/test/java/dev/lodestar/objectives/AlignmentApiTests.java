package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentApiTests extends AlignmentScenarios {

	@Test
	void anObjectiveContributesToSeveralParentsWithWeights() {
		String cycle = cycle("set");
		String company = objective(cycle, null);
		String other = objective(cycle, null);
		String kr = keyResult(other, person("member").id());
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycle, "title", "Team goal"));
		body.put("contributesTo", List.of(Map.of("objectiveId", company, "weight", 2), Map.of("keyResultId", kr)));
		Reply created = this.admin.post("/api/v1/objectives", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode links = created.json().get("contributesTo");
		assertThat(links.size()).isEqualTo(2);
		assertThat(links.get(0).get("objectiveId").asString()).isEqualTo(company);
		assertThat(links.get(0).get("weight").asDouble()).isEqualTo(2.0);
		assertThat(links.get(0).has("keyResultId")).isFalse();
		assertThat(links.get(1).get("keyResultId").asString()).isEqualTo(kr);
		assertThat(links.get(1).get("weight").asDouble()).isEqualTo(1.0);
		assertThat(created.json().get("alignedTo").get("objectiveId").asString()).isEqualTo(company);
		Reply read = this.admin.get("/api/v1/objectives/" + created.field("id"));
		assertThat(read.json().get("contributesTo")).isEqualTo(links);
	}

	@Test
	void patchingTheListReplacesItAndAlignedToReplacesItWithOneLink() {
		String cycle = cycle("set");
		String first = objective(cycle, null);
		String second = objective(cycle, null);
		String child = objective(cycle, null);
		Reply two = ok(this.admin.patch("/api/v1/objectives/" + child,
				links(link("objectiveId", first, 1), link("objectiveId", second, 0.5))));
		assertThat(two.json().get("contributesTo").size()).isEqualTo(2);
		Reply reordered = ok(this.admin.patch("/api/v1/objectives/" + child, links(link("objectiveId", second, 4))));
		assertThat(reordered.json().get("contributesTo").size()).isEqualTo(1);
		assertThat(reordered.json().get("alignedTo").get("objectiveId").asString()).isEqualTo(second);
		assertThat(reordered.header("ETag")).isNotEqualTo(two.header("ETag"));
		Reply aligned = ok(
				this.admin.patch("/api/v1/objectives/" + child, Map.of("alignedTo", Map.of("objectiveId", first))));
		assertThat(aligned.json().get("contributesTo").size()).isEqualTo(1);
		assertThat(aligned.json().get("contributesTo").get(0).get("weight").asDouble()).isEqualTo(1.0);
		Reply cleared = ok(this.admin.patch("/api/v1/objectives/" + child, "{\"contributesTo\": null}"));
		assertThat(cleared.json().get("contributesTo").size()).isZero();
		assertThat(cleared.json().get("alignedTo").isNull()).isTrue();
		Reply untouched = ok(this.admin.patch("/api/v1/objectives/" + child, Map.of("title", "Renamed")));
		assertThat(untouched.json().get("contributesTo").size()).isZero();
	}

	@Test
	void aWeightOfZeroOrLessIsRefusedNamingItAndNothingIsWritten() {
		String cycle = cycle("set");
		String parent = objective(cycle, null);
		String child = objective(cycle, null);
		Reply before = ok(this.admin.patch("/api/v1/objectives/" + child, links(link("objectiveId", parent, 2))));
		Reply zero = this.admin.patch("/api/v1/objectives/" + child,
				Map.of("title", "Changed", "contributesTo", List.of(Map.of("objectiveId", parent, "weight", 3),
						Map.of("objectiveId", objective(cycle, null), "weight", 0))));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.errorFields()).containsExactly("contributesTo[1].weight");
		Reply negative = this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "New", "contributesTo",
				List.of(Map.of("objectiveId", parent, "weight", -1))));
		assertThat(negative.errorFields()).containsExactly("contributesTo[0].weight");
		Reply text = this.admin.patch("/api/v1/objectives/" + child,
				Map.of("contributesTo", List.of(Map.of("objectiveId", parent, "weight", "heavy"))));
		assertThat(text.errorFields()).containsExactly("contributesTo[0].weight");
		Reply huge = this.admin.patch("/api/v1/objectives/" + child,
				Map.of("contributesTo", List.of(Map.of("objectiveId", parent, "weight", 1e16))));
		assertThat(huge.errorFields()).containsExactly("contributesTo[0].weight");
		Reply after = this.admin.get("/api/v1/objectives/" + child);
		assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
		assertThat(after.field("title")).isEqualTo("Delight our customers");
		assertThat(after.json().get("contributesTo").get(0).get("weight").asDouble()).isEqualTo(2.0);
	}

	@Test
	void aParentInAnotherCycleItselfATwinOrNothingIsRefused() {
		String cycle = cycle("set");
		String elsewhere = objective(cycle("set"), null);
		String parent = objective(cycle, null);
		String child = objective(cycle, null);
		Reply otherCycle = this.admin.patch("/api/v1/objectives/" + child, links(link("objectiveId", elsewhere, 1)));
		assertThat(otherCycle.status()).isEqualTo(400);
		assertThat(otherCycle.errorFields()).containsExactly("contributesTo[0]");
		Reply itself = this.admin.patch("/api/v1/objectives/" + child, links(link("objectiveId", child, 1)));
		assertThat(itself.errorFields()).containsExactly("contributesTo[0]");
		Reply twice = this.admin.patch("/api/v1/objectives/" + child,
				links(link("objectiveId", parent, 1), link("objectiveId", parent, 2)));
		assertThat(twice.errorFields()).containsExactly("contributesTo[1]");
		Reply unknown = this.admin.patch("/api/v1/objectives/" + child,
				links(link("keyResultId", "0b7c2f1e-61a4-4e7b-9f38-2d0f4a1c9e55", 1)));
		assertThat(unknown.errorFields()).containsExactly("contributesTo[0].keyResultId");
		Reply neither = this.admin.patch("/api/v1/objectives/" + child,
				Map.of("contributesTo", List.of(Map.of("weight", 1))));
		assertThat(neither.errorFields()).containsExactly("contributesTo[0]");
		Reply disagree = this.admin.patch("/api/v1/objectives/" + child, Map.of("alignedTo",
				Map.of("objectiveId", child), "contributesTo", List.of(Map.of("objectiveId", parent))));
		assertThat(disagree.errorFields()).containsExactly("alignedTo");
		Reply agree = this.admin.patch("/api/v1/objectives/" + child, Map.of("alignedTo", Map.of("objectiveId", parent),
				"contributesTo", List.of(Map.of("objectiveId", parent))));
		assertThat(agree.status()).isEqualTo(200);
		Reply aligned = this.admin.patch("/api/v1/objectives/" + child,
				Map.of("alignedTo", Map.of("objectiveId", elsewhere)));
		assertThat(aligned.errorFields()).containsExactly("alignedTo");
	}

	@Test
	void aLongerLoopIsRefusedToo() {
		String cycle = cycle("set");
		String a = objective(cycle, null);
		String b = objective(cycle, null);
		String c = objective(cycle, null);
		ok(this.admin.patch("/api/v1/objectives/" + a, links(link("objectiveId", b, 1))));
		ok(this.admin.patch("/api/v1/objectives/" + b,
				links(link("keyResultId", keyResult(c, person("member").id()), 1))));
		Reply loop = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "title", "Fine", "contributesTo", List.of(Map.of("objectiveId", a))));
		assertThat(loop.status()).isEqualTo(201);
		Reply closing = this.admin.patch("/api/v1/objectives/" + c,
				links(link("objectiveId", loop.field("id"), 1), link("objectiveId", a, 1)));
		assertThat(closing.errorFields()).containsExactly("contributesTo[0]", "contributesTo[1]");
	}

	@Test
	void aRollUpTakesNoCheckInsNoBoundsAndStartsAtZero() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String rollup = rollup(objective, owner.id());
		Reply read = this.admin.get("/api/v1/key-results/" + rollup);
		assertThat(read.field("type")).isEqualTo("rollup");
		assertThat(read.json().get("progress").asDouble()).isZero();
		assertThat(read.json().get("startValue").asDouble()).isZero();
		assertThat(read.json().get("targetValue").asDouble()).isEqualTo(1.0);
		Reply checkIn = owner.api()
			.post("/api/v1/key-results/" + rollup + "/check-ins", Map.of("value", 1, "confidence", 7));
		assertThat(checkIn.status()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/key-results/" + rollup + "/check-ins").json().get("total").asInt()).isZero();
		Reply bounded = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Bounded", "ownerId", owner.id(), "type", "rollup", "targetValue", 100));
		assertThat(bounded.errorFields()).containsExactly("targetValue");
		Reply renamed = ok(this.admin.patch("/api/v1/key-results/" + rollup, Map.of("title", "Renamed")));
		assertThat(renamed.json().get("progress").asDouble()).isZero();
	}

	@Test
	void aRollUpFollowsSeveralLevelsAndEveryChangeBelowIt() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String a = objective(cycle, null);
		String aRollup = rollup(a, owner.id());
		String b = objective(cycle, null);
		String bRollup = rollup(b, owner.id());
		ok(this.admin.patch("/api/v1/objectives/" + b, links(link("keyResultId", aRollup, 1))));
		String c = objective(cycle, null);
		ok(this.admin.patch("/api/v1/objectives/" + c, links(link("keyResultId", bRollup, 1))));
		String cKr = keyResult(c, owner.id());
		checkIn(owner, cKr, 20);
		assertThat(progress(bRollup)).isCloseTo(0.25, CLOSE);
		assertThat(progress(aRollup)).isCloseTo(0.25, CLOSE);
		// a second key result of C halves its progress, and the roll-ups above follow
		String second = keyResult(c, owner.id());
		assertThat(progress(aRollup)).isCloseTo(0.125, CLOSE);
		ok(this.admin.patch("/api/v1/key-results/" + second, Map.of("weight", 0)));
		assertThat(progress(aRollup)).isCloseTo(0.25, CLOSE);
		// unlinking C leaves B's roll-up without contributors: 0
		ok(this.admin.patch("/api/v1/objectives/" + c, "{\"contributesTo\": []}"));
		assertThat(progress(bRollup)).isZero();
		assertThat(progress(aRollup)).isZero();
		ok(this.admin.patch("/api/v1/objectives/" + c, links(link("keyResultId", aRollup, 3))));
		// (1 × B 0.0 + 3 × C 0.25) / 4
		assertThat(progress(aRollup)).isCloseTo(0.1875, CLOSE);
		assertThat(this.admin.delete("/api/v1/objectives/" + c).status()).isEqualTo(204);
		assertThat(progress(aRollup)).isZero();
	}

	@Test
	void aCarriedObjectiveKeepsItsLinksPointingToTheCopiesOfItsParents() {
		Person owner = person("member");
		String source = cycle("reflect");
		String target = cycle("set");
		String parent = objective(source, null);
		String parentKr = rollup(parent, owner.id());
		String other = objective(source, null);
		String child = objective(source, null);
		ok(this.admin.patch("/api/v1/objectives/" + child,
				links(link("keyResultId", parentKr, 2), link("objectiveId", other, 1))));
		// the child goes first: its links wait in the cycle before until the parent
		// follows
		Reply childCopy = ok(this.admin.post("/api/v1/objectives/" + child + "/carry-over", Map.of("cycleId", target)));
		assertThat(childCopy.json().get("contributesTo").get(0).get("keyResultId").asString()).isEqualTo(parentKr);
		Reply parentCopy = ok(
				this.admin.post("/api/v1/objectives/" + parent + "/carry-over", Map.of("cycleId", target)));
		String copiedKr = parentCopy.json().get("keyResults").get(0).get("id").asString();
		JsonNode links = this.admin.get("/api/v1/objectives/" + childCopy.field("id")).json().get("contributesTo");
		assertThat(links.get(0).get("keyResultId").asString()).isEqualTo(copiedKr);
		assertThat(links.get(0).get("weight").asDouble()).isEqualTo(2.0);
		assertThat(links.get(1).get("objectiveId").asString()).isEqualTo(other);
		// the objective not carried stays as it was, and the link may be kept as it is
		ok(this.admin.patch("/api/v1/objectives/" + childCopy.field("id"), Map.of("title", "Kept", "contributesTo",
				List.of(Map.of("keyResultId", copiedKr, "weight", 2), Map.of("objectiveId", other)))));
		Reply otherCopy = ok(this.admin.post("/api/v1/objectives/" + other + "/carry-over", Map.of("cycleId", target)));
		Reply third = this.admin.post("/api/v1/objectives", Map.of("cycleId", target, "title", "Third", "contributesTo",
				List.of(Map.of("objectiveId", otherCopy.field("id")))));
		ok(this.admin.post("/api/v1/objectives/" + third.field("id") + "/key-results",
				Map.of("title", "More", "ownerId", owner.id(), "type", "percentage")));
		assertThat(this.admin.get("/api/v1/objectives/" + childCopy.field("id"))
			.json()
			.get("contributesTo")
			.get(1)
			.get("objectiveId")
			.asString()).isEqualTo(otherCopy.field("id"));
	}

}
