package dev.lodestar.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/cycles/{id}/gaps} over real HTTP, for a cycle that started 30 days
 * ago and ends in 60 days (91 days in all).
 */
class GapsApiTests extends ApiTest {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Gaps gaps;

	private static final double EXPECTED = 30.0 / 91;

	@Test
	void rollUpsAreNoGapsTheyFollowWhatContributesToThem() {
		String cycle = cycle("execute");
		Person owner = person("member");
		String objective = objective(cycle, team("Roll-up " + cycle));
		String rollup = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Rolled up", "ownerId", owner.id(), "type", "rollup")));
		String measured = keyResult(objective, owner.id());
		JsonNode items = this.admin.get("/api/v1/cycles/" + cycle + "/gaps").json().get("items");
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("keyResultId").asString()));
		assertThat(ids).containsExactly(measured).doesNotContain(rollup);
	}

	@Test
	void keyResultsComeOffTrackFirstThenBiggestGapWithTheirConfidenceAndFlags() {
		Person owner = person("member");
		String team = team("Growth");
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		String untouched = keyResult(objective, owner.id());
		String ahead = keyResult(objective, owner.id());
		String falling = keyResult(objective, owner.id());
		checkIn(owner, ahead, 30, 8);
		checkIn(owner, falling, 14, 8);
		checkIn(owner, falling, 16, 3);

		Reply reply = owner.api().get("/api/v1/cycles/" + cycle + "/gaps");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("total").asInt()).isEqualTo(3);
		List<JsonNode> items = items(reply);
		assertThat(items).extracting((item) -> item.get("keyResultId").asString())
			.containsExactly(falling, untouched, ahead);
		JsonNode first = items.get(1);
		assertThat(first.get("objectiveId").asString()).isEqualTo(objective);
		assertThat(first.get("teamId").asString()).isEqualTo(team);
		assertThat(first.get("title").asString()).isEqualTo("Weekly active teams");
		assertThat(first.get("progress").asDouble()).isZero();
		assertThat(first.get("expectedProgress").asDouble()).isCloseTo(EXPECTED, within(1e-9));
		assertThat(first.get("gap").asDouble()).isCloseTo(EXPECTED, within(1e-9));
		assertThat(first.get("confidence").isNull()).isTrue();
		assertThat(first.get("confidenceChange").isNull()).isTrue();
		assertThat(first.get("lastCheckInAt").isNull()).isTrue();
		assertThat(flags(first)).containsExactly("stale");

		JsonNode second = items.get(0);
		assertThat(second.get("progress").asDouble()).isCloseTo(0.15, within(1e-9));
		assertThat(second.get("confidence").asInt()).isEqualTo(3);
		assertThat(second.get("confidenceChange").asInt()).isEqualTo(-5);
		assertThat(second.get("lastCheckInAt").isNull()).isFalse();
		assertThat(flags(second)).containsExactly("confidence-drop", "off-track");

		JsonNode third = items.get(2);
		assertThat(third.get("gap").asDouble()).isCloseTo(EXPECTED - 0.5, within(1e-9));
		assertThat(third.get("confidenceChange").isNull()).isTrue();
		assertThat(flags(third)).isEmpty();
	}

	@Test
	void aCheckInDatedBetweenTheLatestTwoBecomesThePreviousConfidence() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String keyResult = keyResult(objective(cycle, team("Growth")), owner.id());
		checkIn(owner, keyResult, 10, 8);
		checkIn(owner, keyResult, 12, 6);
		JsonNode before = items(owner.api().get("/api/v1/cycles/" + cycle + "/gaps")).get(0);
		assertThat(before.get("confidenceChange").asInt()).isEqualTo(-2);

		Instant between = Instant.parse(before.get("lastCheckInAt").asString()).minusNanos(1_000);
		this.checkIns.recordAt(new Actor(new PersonId(UUID.fromString(owner.id())), Role.MEMBER, Set.of()),
				new KeyResultId(UUID.fromString(keyResult)), new CheckIns.NewCheckIn(11.0, 9, null, null), between);

		JsonNode gap = items(owner.api().get("/api/v1/cycles/" + cycle + "/gaps")).get(0);
		assertThat(gap.get("confidence").asInt()).as("the latest check-in stays the latest").isEqualTo(6);
		assertThat(gap.get("confidenceChange").asInt()).isEqualTo(-3);
		assertThat(flags(gap)).contains("confidence-drop");
	}

	@Test
	void teamFilterKeepsOnlyThatTeamsKeyResults() {
		Person owner = person("member");
		String payments = team("Payments");
		String cycle = cycle("execute");
		String ours = keyResult(objective(cycle, payments), owner.id());
		keyResult(objective(cycle, team("Search")), owner.id());
		keyResult(objective(cycle, null), owner.id());

		Reply all = owner.api().get("/api/v1/cycles/" + cycle + "/gaps");
		Reply filtered = owner.api().get("/api/v1/cycles/" + cycle + "/gaps?teamId=" + payments);

		assertThat(all.json().get("total").asInt()).isEqualTo(3);
		assertThat(filtered.json().get("total").asInt()).isEqualTo(1);
		assertThat(items(filtered).get(0).get("keyResultId").asString()).isEqualTo(ours);
	}

	@Test
	void expectedProgressIsZeroBeforeTheCycleStartsAndOneAfterItEnds() {
		Person owner = person("member");
		String coming = created(
				this.admin.post("/api/v1/cycles", Map.of("name", "Next " + UUID.randomUUID(), "startDate",
						LocalDate.now().plusDays(10).toString(), "endDate", LocalDate.now().plusDays(100).toString())));
		String past = created(this.admin.post("/api/v1/cycles", Map.of("name", "Past " + UUID.randomUUID(), "startDate",
				LocalDate.now().minusDays(100).toString(), "endDate", LocalDate.now().minusDays(10).toString())));
		keyResult(objective(coming, null), owner.id());
		keyResult(objective(past, null), owner.id());

		JsonNode before = items(owner.api().get("/api/v1/cycles/" + coming + "/gaps")).get(0);
		JsonNode after = items(owner.api().get("/api/v1/cycles/" + past + "/gaps")).get(0);

		assertThat(before.get("expectedProgress").asDouble()).isZero();
		assertThat(flags(before)).isEmpty();
		assertThat(after.get("expectedProgress").asDouble()).isEqualTo(1.0);
		assertThat(after.get("gap").asDouble()).isEqualTo(1.0);
	}

	@Test
	void pagesAreSlicesOfTheWholeOrder() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		for (int i = 0; i < 9; i++) {
			String keyResult = keyResult(objective, owner.id());
			if (i % 3 != 0) {
				checkIn(owner, keyResult, 10 + i * 4, 7);
			}
		}
		List<String> whole = items(owner.api().get("/api/v1/cycles/" + cycle + "/gaps")).stream()
			.map((item) -> item.get("keyResultId").asString())
			.toList();
		// a short first page is picked from all rows without sorting them all; a later
		// one
		// is cut from the sorted whole
		for (int offset : new int[] { 0, 2, 7 }) {
			Reply page = owner.api().get("/api/v1/cycles/" + cycle + "/gaps?limit=2&offset=" + offset);
			assertThat(page.json().get("total").asInt()).isEqualTo(9);
			assertThat(items(page)).as("offset " + offset)
				.extracting((item) -> item.get("keyResultId").asString())
				.containsExactlyElementsOf(whole.subList(offset, offset + 2));
		}
	}

	@Test
	void equalGapsComeInTheOrderOfTheirTitles() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		String charlie = keyResult(objective, owner.id(), "Charlie");
		String alpha = keyResult(objective, owner.id(), "Alpha");
		String bravo = keyResult(objective, owner.id(), "Bravo");
		String behind = keyResult(objective, owner.id(), "Zulu");
		checkIn(owner, charlie, 30, 7);
		checkIn(owner, alpha, 30, 7);
		checkIn(owner, bravo, 30, 7);
		checkIn(owner, behind, 12, 7);

		assertThat(items(owner.api().get("/api/v1/cycles/" + cycle + "/gaps")))
			.extracting((item) -> item.get("keyResultId").asString())
			.containsExactly(behind, alpha, bravo, charlie);
	}

	@Test
	void theCountsOfAWholeCycleAgreeWithTheFlagsOfItsKeyResults() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		keyResult(objective, owner.id());
		String falling = keyResult(objective, owner.id());
		checkIn(owner, falling, 14, 8);
		checkIn(owner, falling, 16, 3);
		String low = keyResult(objective, owner.id());
		checkIn(owner, low, 20, 2);
		String fine = keyResult(objective, owner.id());
		checkIn(owner, fine, 20, 6);
		checkIn(owner, fine, 22, 5);

		Gaps.CycleGaps firstTwo = this.gaps.of(new CycleId(UUID.fromString(cycle)), null, 0, 2);
		List<Gap> all = this.gaps.of(new CycleId(UUID.fromString(cycle)), null, 0, 100).gaps();

		assertThat(firstTwo.gaps()).hasSize(2);
		assertThat(firstTwo.total()).isEqualTo(4).isEqualTo(all.size());
		for (GapFlag flag : GapFlag.values()) {
			assertThat(firstTwo.count(flag)).as(flag.value())
				.isEqualTo(all.stream().filter((gap) -> gap.has(flag)).count())
				.isPositive();
		}
	}

	@Test
	void unknownTeamIsABadRequestAndUnknownCycleNotFound() {
		Person viewer = person("viewer");
		String cycle = cycle("execute");
		Reply badTeam = viewer.api()
			.get("/api/v1/cycles/" + cycle + "/gaps?teamId=00000000-0000-0000-0000-000000000001");
		Reply notAnId = viewer.api().get("/api/v1/cycles/" + cycle + "/gaps?teamId=payments");
		Reply unknownCycle = viewer.api().get("/api/v1/cycles/00000000-0000-0000-0000-000000000002/gaps");
		Reply badLimit = viewer.api().get("/api/v1/cycles/" + cycle + "/gaps?limit=501");

		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.json().get("errors").get(0).get("field").asString()).isEqualTo("teamId");
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(unknownCycle.status()).isEqualTo(404);
		assertThat(badLimit.status()).isEqualTo(400);
		assertThat(this.anonymous.get("/api/v1/cycles/" + cycle + "/gaps").status()).isEqualTo(401);
	}

	@Test
	void openApiDocumentDescribesTheGaps() {
		Reply reply = this.anonymous.get("/api/v1/openapi.json");
		assertThat(reply.json().get("paths").propertyNames()).contains("/api/v1/cycles/{id}/gaps");
	}

	private static void checkIn(Person owner, String keyResult, double value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	private static List<JsonNode> items(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		reply.json().get("items").forEach(items::add);
		return items;
	}

	private static List<String> flags(JsonNode item) {
		List<String> flags = new ArrayList<>();
		item.get("flags").forEach((flag) -> flags.add(flag.asString()));
		return flags;
	}

}
