package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objectives owned by several teams, over real HTTP: the scenarios that run on H2
 * ({@link SharedObjectivesApiTests}) and on PostgreSQL
 * ({@code SharedObjectivesOnPostgresTests}).
 */
abstract class SharedObjectiveScenarios extends ApiTest {

	@Test
	void aSharedObjectiveBelongsToEveryOwningTeamAndItsLeadsEditIt() {
		String cycle = cycle("set");
		String sales = team("Sales " + UUID.randomUUID());
		String support = team("Support " + UUID.randomUUID());
		String other = team("Other " + UUID.randomUUID());
		Person salesLead = lead(sales);
		Person supportLead = lead(support);
		Person otherLead = lead(other);
		Reply created = salesLead.api()
			.post("/api/v1/objectives",
					Map.of("cycleId", cycle, "teamIds", List.of(sales, support), "title", "Renewals without friction"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.field("id");
		assertThat(created.json().get("teamId").asString()).isEqualTo(sales);
		assertThat(texts(created.json().get("teamIds"))).containsExactly(sales, support);

		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + support))).contains(id);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + sales))).contains(id);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?teamId=" + support))).contains(id);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + other)))
			.doesNotContain(id);

		Reply renamed = supportLead.api().patch("/api/v1/objectives/" + id, Map.of("title", "Renewals in one click"));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		Reply keyResult = supportLead.api()
			.post("/api/v1/objectives/" + id + "/key-results", Map.of("title", "Renewal rate", "ownerId",
					supportLead.id(), "type", "metric", "startValue", 70, "targetValue", 85));
		assertThat(keyResult.status()).as(keyResult.toString()).isEqualTo(201);
		Reply refused = otherLead.api().patch("/api/v1/objectives/" + id, Map.of("title", "Taken over"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.admin.get("/api/v1/objectives/" + id).field("title")).isEqualTo("Renewals in one click");
	}

	@Test
	void theOwnersChangeAsAWholeOrTheFirstAloneAndALeadCannotLeaveThemselvesOut() {
		String cycle = cycle("set");
		String a = team("A " + UUID.randomUUID());
		String b = team("B " + UUID.randomUUID());
		String c = team("C " + UUID.randomUUID());
		Person leadOfA = lead(a);
		String id = objective(cycle, a);
		Reply shared = ok(leadOfA.api().patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(a, b, c))));
		assertThat(texts(shared.json().get("teamIds"))).containsExactly(a, b, c);
		Reply first = ok(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamId", c)));
		assertThat(first.json().get("teamId").asString()).isEqualTo(c);
		assertThat(texts(first.json().get("teamIds"))).containsExactly(c, b);
		Reply withoutA = leadOfA.api().patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(b)));
		assertThat(withoutA.status()).as("A's lead no longer owns it").isEqualTo(403);
		Reply back = ok(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(a, b))));
		assertThat(texts(back.json().get("teamIds"))).containsExactly(a, b);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + c))).doesNotContain(id);
		Reply alone = ok(leadOfA.api().patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(a))));
		assertThat(texts(alone.json().get("teamIds"))).containsExactly(a);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + cycle + "&teamId=" + b))).doesNotContain(id);
		Reply company = ok(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of())));
		assertThat(company.json().get("teamId").isNull()).isTrue();
		assertThat(company.json().get("teamIds").size()).isZero();
	}

	@Test
	void badOwnersAreRefusedNamingTheFieldAndNothingIsWritten() {
		String cycle = cycle("set");
		String a = team("A " + UUID.randomUUID());
		String b = team("B " + UUID.randomUUID());
		String id = objective(cycle, a);
		String unknown = UUID.randomUUID().toString();
		assertThat(
				this.admin.patch("/api/v1/objectives/" + id, Map.of("title", "Changed", "teamIds", List.of(a, unknown)))
					.errorFields())
			.containsExactly("teamIds[1]");
		assertThat(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(a, b, a))).errorFields())
			.containsExactly("teamIds[2]");
		assertThat(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamId", b, "teamIds", List.of(a, b)))
			.errorFields()).containsExactly("teamId");
		assertThat(this.admin.patch("/api/v1/objectives/" + id, "{\"teamIds\": \"" + b + "\"}").errorFields())
			.containsExactly("teamIds");
		assertThat(this.admin.patch("/api/v1/objectives/" + id, "{\"teamIds\": null}").errorFields())
			.containsExactly("teamIds");
		assertThat(this.admin.patch("/api/v1/objectives/" + id, "{\"teamIds\": [\"" + a + "\", 7]}").errorFields())
			.containsExactly("teamIds[1]");
		assertThat(
				this.admin.patch("/api/v1/objectives/" + id, Map.of("teamIds", List.of(a, "not-an-id"))).errorFields())
			.containsExactly("teamIds[1]");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < SharedTeams.MAX_OWNERS + 1; i++) {
			many.add(UUID.randomUUID().toString());
		}
		assertThat(this.admin.patch("/api/v1/objectives/" + id, Map.of("teamIds", many)).errorFields())
			.containsExactly("teamIds");
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycle, "title", "New", "teamIds", List.of(b, b)));
		Reply created = this.admin.post("/api/v1/objectives", body);
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.errorFields()).containsExactly("teamIds[1]");
		body.put("teamIds", java.util.Arrays.asList(b, null));
		assertThat(this.admin.post("/api/v1/objectives", body).errorFields()).containsExactly("teamIds[1]");
		JsonNode after = this.admin.get("/api/v1/objectives/" + id).json();
		assertThat(after.get("title").asString()).isEqualTo("Delight our customers");
		assertThat(texts(after.get("teamIds"))).containsExactly(a);
		assertThat(this.admin.get("/api/v1/objectives?cycleId=" + cycle).json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void theReportCountsASharedObjectiveInEachOwnersRowAndOnceForTheOrganisation() {
		String cycle = cycle("execute");
		String a = team("Alpha " + UUID.randomUUID());
		String b = team("Beta " + UUID.randomUUID());
		Person owner = person("member");
		String own = objective(cycle, a);
		keyResult(own, owner.id());
		String shared = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamIds", List.of(a, b), "title", "Shared work")));
		keyResult(shared, owner.id());
		JsonNode report = ok(this.admin.get("/api/v1/cycles/" + cycle + "/report")).json();
		assertThat(report.get("company").get("objectives").asInt()).isEqualTo(2);
		Map<String, Integer> perTeam = new HashMap<>();
		report.get("teams")
			.forEach((row) -> perTeam.put(row.get("teamId").asString(), row.get("figures").get("objectives").asInt()));
		assertThat(perTeam).containsEntry(a, 2).containsEntry(b, 1);
		JsonNode ofB = ok(this.admin.get("/api/v1/cycles/" + cycle + "/report?teamId=" + b)).json();
		assertThat(ofB.get("company").get("objectives").asInt()).isEqualTo(1);
		assertThat(ofB.get("teams").size()).isEqualTo(1);
		assertThat(ofB.get("teams").get(0).get("teamId").asString()).isEqualTo(b);
	}

	@Test
	void theGraphAndTheCoverageKnowSharedObjectivesAndCarryOverKeepsTheOwners() {
		String cycle = cycle("execute");
		String a = team("Alpha " + UUID.randomUUID());
		String b = team("Beta " + UUID.randomUUID());
		String shared = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamIds", List.of(a, b), "title", "Shared work")));
		ok(this.admin.patch("/api/v1/objectives/" + shared, Map.of("status", "published")));
		JsonNode coverage = ok(this.admin.get("/api/v1/cycles/" + cycle + "/coverage")).json();
		assertThat(coverage.get("sharedObjectives").asInt()).isEqualTo(1);
		assertThat(coverage.get("teamsWithoutObjectives").toString()).doesNotContain(a).doesNotContain(b);
		JsonNode graph = ok(this.admin.get("/api/v1/cycles/" + cycle + "/alignment?teamId=" + b)).json();
		JsonNode node = null;
		for (JsonNode each : graph.get("nodes")) {
			if (each.get("id").asString().equals(shared)) {
				node = each;
			}
		}
		assertThat(node).as(graph.toString()).isNotNull();
		assertThat(texts(node.get("teamIds"))).containsExactly(a, b);
		String next = cycle("set");
		Reply carried = this.admin.post("/api/v1/objectives/" + shared + "/carry-over", Map.of("cycleId", next));
		assertThat(carried.status()).as(carried.toString()).isEqualTo(201);
		assertThat(texts(carried.json().get("teamIds"))).containsExactly(a, b);
		assertThat(idsOf(this.admin.get("/api/v1/objectives?cycleId=" + next + "&teamId=" + b)))
			.containsExactly(carried.field("id"));
	}

	private Person lead(String team) {
		Person lead = person("member");
		join(team, lead, true);
		return lead;
	}

	static Reply ok(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((each) -> texts.add(each.asString()));
		return texts;
	}

	static List<String> idsOf(Reply list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
