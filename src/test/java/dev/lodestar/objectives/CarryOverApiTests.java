package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class CarryOverApiTests extends ApiTest {

	@Test
	void aCarryOverCopiesTheObjectiveAndEveryKeyResultFromWhereItStands() {
		Person owner = person("member");
		Person other = person("member");
		String team = team("Checkout");
		join(team, owner, true);
		String source = cycle("execute");
		String target = cycle("set");
		String parent = objective(source, null);
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", source, "teamId", team, "title",
				"Make paying effortless", "description", "Customers drop out at the checkout", "kind", "committed",
				"alignedTo", Map.of("objectiveId", parent)));
		String original = created(this.admin.post("/api/v1/objectives", body));
		String metric = created(this.admin.post("/api/v1/objectives/" + original + "/key-results",
				Map.of("title", "Checkout completion", "ownerId", owner.id(), "type", "metric", "startValue", 62,
						"targetValue", 80, "unit", "%", "weight", 2)));
		String falling = created(this.admin.post("/api/v1/objectives/" + original + "/key-results",
				Map.of("title", "Support tickets a week", "ownerId", other.id(), "type", "metric", "startValue", 40,
						"targetValue", 10, "unit", "tickets")));
		String percentage = created(this.admin.post("/api/v1/objectives/" + original + "/key-results",
				Map.of("title", "Cards tokenised", "ownerId", owner.id(), "type", "percentage", "weight", 0.5)));
		String milestone = created(this.admin.post("/api/v1/objectives/" + original + "/key-results",
				Map.of("title", "Wallet payments live", "ownerId", other.id(), "type", "milestone")));
		owner.api().post("/api/v1/key-results/" + metric + "/check-ins", Map.of("value", 71.5, "confidence", 6));
		other.api().post("/api/v1/key-results/" + falling + "/check-ins", Map.of("value", 25, "confidence", 4));
		owner.api().post("/api/v1/key-results/" + percentage + "/check-ins", Map.of("value", 35, "confidence", 7));
		this.admin.post("/api/v1/cycles/" + source + "/phase", Map.of("phase", "reflect"));
		Reply before = this.admin.get("/api/v1/objectives/" + original);
		String parentCopy = created(
				this.admin.post("/api/v1/objectives/" + parent + "/carry-over", Map.of("cycleId", target)));

		Reply carried = owner.api().post("/api/v1/objectives/" + original + "/carry-over", Map.of("cycleId", target));

		assertThat(carried.status()).as(carried.toString()).isEqualTo(201);
		JsonNode copy = carried.json();
		assertThat(carried.header("Location")).isEqualTo("/api/v1/objectives/" + copy.get("id").asString());
		assertThat(copy.get("id").asString()).isNotEqualTo(original);
		assertThat(copy.get("cycleId").asString()).isEqualTo(target);
		assertThat(copy.get("teamId").asString()).isEqualTo(team);
		assertThat(copy.get("title").asString()).isEqualTo("Make paying effortless");
		assertThat(copy.get("description").asString()).isEqualTo("Customers drop out at the checkout");
		assertThat(copy.get("kind").asString()).isEqualTo("committed");
		assertThat(copy.get("status").asString()).isEqualTo("draft");
		assertThat(copy.get("alignedTo").get("objectiveId").asString()).isEqualTo(parentCopy);
		assertThat(copy.get("contributesTo").get(0).get("objectiveId").asString()).isEqualTo(parentCopy);
		assertThat(copy.get("carriedFrom").asString()).isEqualTo(original);
		assertThat(copy.get("score").isNull()).isTrue();
		assertThat(copy.get("droppedReason").isNull()).isTrue();
		assertThat(copy.get("progress").asDouble()).isZero();

		JsonNode originals = before.json().get("keyResults");
		JsonNode copies = copy.get("keyResults");
		assertThat(copies.size()).isEqualTo(4).isEqualTo(originals.size());
		for (int i = 0; i < originals.size(); i++) {
			JsonNode was = originals.get(i);
			JsonNode now = copies.get(i);
			String what = was.get("title").asString();
			assertThat(now.get("id").asString()).as(what).isNotEqualTo(was.get("id").asString());
			assertThat(now.get("objectiveId").asString()).as(what).isEqualTo(copy.get("id").asString());
			for (String same : List.of("title", "type", "unit", "ownerId")) {
				assertThat(now.get(same)).as(what + " " + same).isEqualTo(was.get(same));
			}
			for (String same : List.of("targetValue", "weight")) {
				assertThat(now.get(same).asDouble()).as(what + " " + same).isEqualTo(was.get(same).asDouble());
			}
			assertThat(now.get("startValue").asDouble()).as(what).isEqualTo(was.get("currentValue").asDouble());
			assertThat(now.get("currentValue").asDouble()).as(what).isEqualTo(now.get("startValue").asDouble());
			assertThat(now.get("progress").asDouble()).as(what).isZero();
			assertThat(now.get("confidence").isNull()).as(what).isTrue();
			assertThat(now.get("score").isNull()).as(what).isTrue();
			assertThat(now.get("scoreReason").isNull()).as(what).isTrue();
			assertThat(now.get("lastCheckInAt").isNull()).as(what).isTrue();
			assertThat(now.get("carriedFrom").asString()).as(what).isEqualTo(was.get("id").asString());
			String copied = now.get("id").asString();
			assertThat(this.admin.get("/api/v1/key-results/" + copied + "/check-ins").json().get("total").asInt())
				.as(what)
				.isZero();
		}
		assertThat(copies.get(0).get("startValue").asDouble()).isEqualTo(71.5);
		assertThat(copies.get(1).get("startValue").asDouble()).isEqualTo(25.0);
		assertThat(copies.get(1).get("targetValue").asDouble()).isEqualTo(10.0);
		assertThat(copies.get(2).get("startValue").asDouble()).isEqualTo(35.0);
		assertThat(copies.get(3).get("startValue").asDouble()).isZero();
		assertThat(copies.get(3).get("targetValue").asDouble()).isEqualTo(1.0);

		assertThat(this.admin.get("/api/v1/objectives/" + copy.get("id").asString()).json()).isEqualTo(copy);
		Reply after = this.admin.get("/api/v1/objectives/" + original);
		assertThat(after.json()).isEqualTo(before.json());
		assertThat(this.admin.get("/api/v1/key-results/" + metric + "/check-ins").json().get("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void aClosedSourceCycleCanBeCarriedFrom() {
		String source = cycle("execute");
		String objective = objective(source, null);
		keyResult(objective, person("member").id());
		this.admin.post("/api/v1/cycles/" + source + "/phase", Map.of("phase", "reflect"));
		this.admin.post("/api/v1/cycles/" + source + "/phase", Map.of("phase", "closed"));
		Reply carried = this.admin.post("/api/v1/objectives/" + objective + "/carry-over",
				Map.of("cycleId", cycle("prepare")));
		assertThat(carried.status()).as(carried.toString()).isEqualTo(201);
		assertThat(carried.json().get("keyResults").size()).isEqualTo(1);
	}

	@Test
	void aClosedTargetCycleIsAConflictAndNothingIsCreated() {
		String objective = objective(cycle("reflect"), null);
		keyResult(objective, person("member").id());
		String closed = cycle("closed");
		long objectivesBefore = total("/api/v1/objectives");

		Reply reply = this.admin.post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", closed));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(total("/api/v1/objectives")).isEqualTo(objectivesBefore);
		assertThat(total("/api/v1/objectives?cycleId=" + closed)).isZero();
	}

	@Test
	void anUnknownMissingOrSameCycleIsABadRequestNamingCycleId() {
		String cycle = cycle("reflect");
		String objective = objective(cycle, null);
		long before = total("/api/v1/objectives");
		String path = "/api/v1/objectives/" + objective + "/carry-over";
		for (Object cycleId : new Object[] { "8f2d5a40-0000-4000-8000-000000000000", "not-an-id", cycle }) {
			Reply reply = this.admin.post(path, Map.of("cycleId", cycleId));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
			assertThat(reply.errorFields()).containsExactly("cycleId");
		}
		assertThat(this.admin.post(path, Map.of()).errorFields()).containsExactly("cycleId");
		assertThat(total("/api/v1/objectives")).isEqualTo(before);
	}

	@Test
	void carryingTheSameObjectiveTwiceIntoACycleIsAConflict() {
		String objective = objective(cycle("reflect"), null);
		keyResult(objective, person("member").id());
		String target = cycle("prepare");
		String path = "/api/v1/objectives/" + objective + "/carry-over";
		assertThat(this.admin.post(path, Map.of("cycleId", target)).status()).isEqualTo(201);
		Reply again = this.admin.post(path, Map.of("cycleId", target));
		assertThat(again.status()).isEqualTo(409);
		assertThat(total("/api/v1/objectives?cycleId=" + target)).isEqualTo(1);
		assertThat(this.admin.post(path, Map.of("cycleId", cycle("set"))).status()).isEqualTo(201);
	}

	@Test
	void aKeyResultThatReachedItsTargetStopsTheCarryOverUnlessFinishedOnesAreLeftOut() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String objective = objective(cycle, null);
		keyResult(objective, owner.id());
		String reached = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Pricing page live", "ownerId", owner.id(), "type", "milestone")));
		owner.api().post("/api/v1/key-results/" + reached + "/check-ins", Map.of("value", 1, "confidence", 10));
		String target = cycle("prepare");

		Reply reply = this.admin.post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", target));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.field("detail")).contains("Pricing page live");
		assertThat(total("/api/v1/objectives?cycleId=" + target)).isZero();

		Reply rest = this.admin.post("/api/v1/objectives/" + objective + "/carry-over",
				Map.of("cycleId", target, "leaveOutReached", true));
		assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
		assertThat(rest.json().get("keyResults")).hasSize(1);
		assertThat(rest.json().get("keyResults").get(0).get("title").asString()).isEqualTo("Weekly active teams");
		assertThat(this.admin.get("/api/v1/objectives/" + objective).json().get("keyResults")).hasSize(2);
	}

	@Test
	void onlyTheObjectivesEditorsCarryItOver() {
		String team = team("Growth");
		Person member = person("member");
		join(team, member, false);
		String objective = objective(cycle("reflect"), team);
		Reply reply = member.api()
			.post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", cycle("prepare")));
		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void droppingAnObjectiveInReflectArchivesItWithItsReason() {
		String objective = objective(cycle("reflect"), null);
		Reply dropped = this.admin.post("/api/v1/objectives/" + objective + "/drop",
				Map.of("reason", "The partner left the market"));
		assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
		assertThat(dropped.field("status")).isEqualTo("archived");
		assertThat(dropped.field("droppedReason")).isEqualTo("The partner left the market");
		assertThat(this.admin.get("/api/v1/objectives/" + objective).field("droppedReason"))
			.isEqualTo("The partner left the market");
	}

	@Test
	void aDropNeedsAReasonAndReflect() {
		String objective = objective(cycle("reflect"), null);
		for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", "  "))) {
			Reply reply = this.admin.post("/api/v1/objectives/" + objective + "/drop", body);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorFields()).containsExactly("reason");
		}
		assertThat(this.admin.get("/api/v1/objectives/" + objective).field("status")).isEqualTo("draft");
		String executing = objective(cycle("execute"), null);
		assertThat(this.admin.post("/api/v1/objectives/" + executing + "/drop", Map.of("reason", "early")).status())
			.isEqualTo(409);
	}

	private long total(String path) {
		return this.admin.get(path).json().get("total").asLong();
	}

}
