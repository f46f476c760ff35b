package dev.lodestar.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity feed over real HTTP: an entry for each kind of event, as a sentence, with
 * the team it concerns, newest first, and the filter by team.
 */
class ActivityApiTests extends ApiTest {

	@Test
	void aCheckInReadsAsWhoMovedWhatFromWhereToWhere() {
		Person owner = person("member");
		String team = team("Checkout " + UUID.randomUUID());
		String keyResult = keyResult(objective(cycle("execute"), team), owner.id());
		created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 7)));
		created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 35.5, "confidence", 6)));

		List<JsonNode> checkIns = entries("?teamId=" + team).stream()
			.filter((entry) -> entry.get("kind").asString().equals("check-in"))
			.toList();
		assertThat(checkIns).hasSize(2);
		JsonNode latest = checkIns.get(0);
		assertThat(latest.get("sentence").asString())
			.isEqualTo("A member checked in Weekly active teams: was 30, now 35.5, confidence 6");
		assertThat(checkIns.get(1).get("sentence").asString())
			.isEqualTo("A member checked in Weekly active teams: was 10, now 30, confidence 7");
		assertThat(latest.get("actorId").asString()).isEqualTo(owner.id());
		assertThat(latest.get("teamId").asString()).isEqualTo(team);
		assertThat(latest.get("link").asString()).isEqualTo("/key-results/" + keyResult);
	}

	@Test
	void draftingAndPublishingAnObjectiveAreToldWithTheTeam() {
		String name = "Growth " + UUID.randomUUID().toString().substring(0, 6);
		String team = team(name);
		String objective = objective(cycle("set"), team);
		Reply published = this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));
		assertThat(published.status()).as(published.toString()).isEqualTo(200);

		List<JsonNode> entries = entries("?teamId=" + team);
		assertThat(entries).extracting((entry) -> entry.get("kind").asString())
			.containsExactly("objective-published", "objective-created");
		assertThat(entries.get(0).get("sentence").asString()).isEqualTo(name + " published ‘Delight our customers’");
		assertThat(entries.get(1).get("sentence").asString())
			.isEqualTo("Admin drafted ‘Delight our customers’ for " + name);
		assertThat(entries.get(0).get("link").asString()).isEqualTo("/objectives/" + objective);
	}

	@Test
	void aPhaseChangeIsToldToTheWholeCompanyNotToATeam() {
		String team = team("Quiet " + UUID.randomUUID());
		String cycle = cycle("set");
		String name = this.admin.get("/api/v1/cycles/" + cycle).field("name");

		List<JsonNode> company = entries("?limit=500");
		assertThat(company).filteredOn((entry) -> entry.get("kind").asString().equals("phase-changed"))
			.extracting((entry) -> entry.get("sentence").asString())
			.contains(name + " moved to set");
		JsonNode changed = company.stream()
			.filter((entry) -> entry.get("sentence").asString().equals(name + " moved to set"))
			.findFirst()
			.orElseThrow();
		assertThat(changed.get("teamId").isNull()).isTrue();
		assertThat(changed.get("link").asString()).isEqualTo("/cycles");
		assertThat(entries("?teamId=" + team)).isEmpty();
	}

	@Test
	void theTeamFilterKeepsToTheTeamAndPagesNewestFirst() {
		Person owner = person("member");
		String mine = team("Mine " + UUID.randomUUID());
		String other = team("Other " + UUID.randomUUID());
		String cycle = cycle("execute");
		String keyResult = keyResult(objective(cycle, mine), owner.id());
		keyResult(objective(cycle, other), owner.id());
		for (int i = 1; i <= 3; i++) {
			created(owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 10 + i, "confidence", 7)));
		}

		List<JsonNode> entries = entries("?teamId=" + mine);
		assertThat(entries).hasSize(4)
			.allSatisfy((entry) -> assertThat(entry.get("teamId").asString()).isEqualTo(mine));
		Reply page = this.admin.get("/api/v1/activity?teamId=" + mine + "&limit=2&offset=1");
		assertThat(page.json().get("total").asInt()).isEqualTo(4);
		assertThat(page.json().get("items").valueStream().map((entry) -> entry.get("detail").asString()))
			.containsExactly("was 11, now 12, confidence 7", "was 10, now 11, confidence 7");
		assertThat(entries("?teamId=" + other)).extracting((entry) -> entry.get("kind").asString())
			.containsExactly("objective-created");
	}

	@Test
	void whatHappensToASharedObjectiveShowsOnEachOwnersFeedAndOnceOnTheCompanys() {
		Person owner = person("member");
		String first = team("Sales " + UUID.randomUUID());
		String second = team("Support " + UUID.randomUUID());
		String bystander = team("Legal " + UUID.randomUUID());
		Reply created = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle("execute"), "teamIds", List.of(first, second), "title", "Renewals together"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String keyResult = keyResult(created.field("id"), owner.id());
		created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 8)));

		for (String team : List.of(first, second)) {
			assertThat(entries("?teamId=" + team)).as(team)
				.extracting((entry) -> entry.get("kind").asString())
				.containsExactly("check-in", "objective-created");
		}
		assertThat(entries("?teamId=" + second))
			.allSatisfy((entry) -> assertThat(entry.get("teamId").asString()).as("worded for the first owner")
				.isEqualTo(first));
		assertThat(entries("?teamId=" + bystander)).isEmpty();
		assertThat(entries("?limit=500"))
			.filteredOn((entry) -> entry.get("link").asString().equals("/key-results/" + keyResult))
			.hasSize(1);
	}

	@Test
	void anUnknownOrMalformedTeamIsRefusedNamingTheTeam() {
		for (String teamId : new String[] { UUID.randomUUID().toString(), "not-an-id" }) {
			Reply refused = this.admin.get("/api/v1/activity?teamId=" + teamId);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("teamId");
		}
		assertThat(this.admin.get("/api/v1/activity?limit=0").errorFields()).containsExactly("limit");
		assertThat(this.anonymous.get("/api/v1/activity").status()).isEqualTo(401);
	}

	private List<JsonNode> entries(String query) {
		Reply reply = person("viewer").api().get("/api/v1/activity" + query);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("items").valueStream().toList();
	}

}
