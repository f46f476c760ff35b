package dev.lodestar.dependencies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teams asking each other for something over the API: who may ask and decide, every rule
 * a request and a decision are held to (each refused one stores nothing), the list's
 * filters, and the notifications both teams' leads get.
 */
class DependenciesApiTests extends ApiTest {

	private Person leadA;

	private Person leadB;

	private String teamA;

	private String teamB;

	private String cycle;

	private String keyResult;

	@BeforeEach
	void twoTeamsWithLeads() {
		this.leadA = person("member");
		this.leadB = person("member");
		this.teamA = team("Checkout " + UUID.randomUUID());
		this.teamB = team("Payments platform " + UUID.randomUUID());
		join(this.teamA, this.leadA, true);
		join(this.teamB, this.leadB, true);
		this.cycle = cycle("set");
		this.keyResult = keyResult(objective(this.cycle, this.teamA), this.leadA.id(), "Checkout completion");
	}

	@Test
	void aLeadAsksAnotherTeamForSomethingForAKeyResult() {
		Reply reply = this.leadA.api().post("/api/v1/dependencies", request(Map.of("dueDate", "2027-05-15")));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		String id = reply.field("id");
		assertThat(reply.header("Location")).isEqualTo("/api/v1/dependencies/" + id);
		assertThat(reply.header("ETag")).isEqualTo("\"0\"");
		assertThat(reply.field("status")).isEqualTo("requested");
		assertThat(reply.field("cycleId")).isEqualTo(this.cycle);
		assertThat(reply.field("fromTeamId")).isEqualTo(this.teamA);
		assertThat(reply.field("toTeamId")).isEqualTo(this.teamB);
		assertThat(reply.field("keyResultId")).isEqualTo(this.keyResult);
		assertThat(reply.field("description")).isEqualTo("A sandbox for refunds");
		assertThat(reply.field("dueDate")).isEqualTo("2027-05-15");
		assertThat(reply.field("requestedBy")).isEqualTo(this.leadA.id());
		assertThat(reply.field("note")).isNull();
		assertThat(reply.field("decidedAt")).isNull();

		Reply read = this.leadB.api().get("/api/v1/dependencies/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.json()).isEqualTo(reply.json());
	}

	@Test
	void keyResultAndDueDateAreOptional() {
		Reply reply = this.leadA.api()
			.post("/api/v1/dependencies", Map.of("cycleId", this.cycle, "fromTeamId", this.teamA, "toTeamId",
					this.teamB, "description", "  Review our copy  "));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.field("keyResultId")).isNull();
		assertThat(reply.field("dueDate")).isNull();
		assertThat(reply.field("description")).isEqualTo("Review our copy");
	}

	@Test
	void onlyALeadOfTheAskingTeamAChampionOrAnAdminMayAsk() {
		Person member = person("member");
		join(this.teamA, member, false);
		Person viewer = person("viewer");
		join(this.teamA, viewer, true);
		assertThat(member.api().post("/api/v1/dependencies", request(Map.of())).status()).isEqualTo(403);
		assertThat(viewer.api().post("/api/v1/dependencies", request(Map.of())).status()).isEqualTo(403);
		assertThat(this.leadB.api().post("/api/v1/dependencies", request(Map.of())).status()).isEqualTo(403);
		assertThat(total(Map.of("teamId", this.teamA))).isZero();

		assertThat(person("champion").api().post("/api/v1/dependencies", request(Map.of())).status()).isEqualTo(201);
		assertThat(this.admin.post("/api/v1/dependencies", request(Map.of())).status()).isEqualTo(201);
	}

	@Test
	void aTeamCannotDependOnItself() {
		assertRefused(request(Map.of("toTeamId", this.teamA)), "toTeamId");
	}

	@Test
	void unknownReferencesAreRefusedNamingTheirField() {
		String unknown = UUID.randomUUID().toString();
		assertRefused(request(Map.of("cycleId", unknown)), "cycleId");
		assertRefused(request(Map.of("toTeamId", unknown)), "toTeamId");
		assertRefused(request(Map.of("keyResultId", unknown)), "keyResultId");
		assertRefused(request(Map.of("keyResultId", "not-an-id")), "keyResultId");
		assertRefused(request(Map.of("toTeamId", "not-an-id")), "toTeamId");
		Reply unknownFrom = this.admin.post("/api/v1/dependencies", request(Map.of("fromTeamId", unknown)));
		assertThat(unknownFrom.status()).as(unknownFrom.toString()).isEqualTo(400);
		assertThat(unknownFrom.errorFields()).containsExactly("fromTeamId");
		Reply missing = this.admin.post("/api/v1/dependencies", Map.of("description", "Something"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("cycleId", "fromTeamId", "toTeamId");
	}

	@Test
	void theKeyResultMustBeOneOfTheAskingTeamsInTheCycle() {
		String ofB = keyResult(objective(this.cycle, this.teamB), this.leadB.id());
		assertRefused(request(Map.of("keyResultId", ofB)), "keyResultId");
		String otherCycle = cycle("set");
		String ofAElsewhere = keyResult(objective(otherCycle, this.teamA), this.leadA.id());
		assertRefused(request(Map.of("keyResultId", ofAElsewhere)), "keyResultId");
		String ofCompany = keyResult(objective(this.cycle, null), this.leadA.id());
		assertRefused(request(Map.of("keyResultId", ofCompany)), "keyResultId");
	}

	@Test
	void theDescriptionIsRequiredAndAtMostTenThousandCharacters() {
		assertRefused(request(Map.of("description", "   ")), "description");
		assertRefused(request(Map.of("description", "x".repeat(10_001))), "description");
		Map<String, Object> without = request(Map.of());
		without.remove("description");
		assertRefused(without, "description");
		assertThat(this.leadA.api()
			.post("/api/v1/dependencies", request(Map.of("description", "x".repeat(10_000))))
			.status()).isEqualTo(201);
	}

	@Test
	void dueDatesOutsideTheYearsLodestarKeepsAreRefused() {
		assertRefused(request(Map.of("dueDate", "+10000-01-01")), "dueDate");
		assertRefused(request(Map.of("dueDate", "0000-12-31")), "dueDate");
		assertRefused(request(Map.of("dueDate", "2027-02-30")), "dueDate");
		assertThat(this.leadA.api().post("/api/v1/dependencies", request(Map.of("dueDate", "9999-12-31"))).status())
			.isEqualTo(201);
	}

	@Test
	void aClosedCycleTakesNoRequestsAndNoDecisions() {
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));
		for (String phase : List.of("execute", "reflect", "closed")) {
			assertThat(this.admin.post("/api/v1/cycles/" + this.cycle + "/phase", Map.of("phase", phase)).status())
				.isEqualTo(200);
		}
		Reply asked = this.leadA.api().post("/api/v1/dependencies", request(Map.of()));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
		Reply decided = this.leadB.api()
			.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "accepted"));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/dependencies/" + id).field("status")).isEqualTo("requested");
		assertThat(total(Map.of("cycleId", this.cycle))).isEqualTo(1);
	}

	@Test
	void aLeadOfTheAskedTeamAcceptsOnceWithANote() {
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));

		Reply accepted = this.leadB.api()
			.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "accepted", "note", "By May"));

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		assertThat(accepted.field("status")).isEqualTo("accepted");
		assertThat(accepted.field("note")).isEqualTo("By May");
		assertThat(accepted.field("decidedBy")).isEqualTo(this.leadB.id());
		assertThat(accepted.field("decidedAt")).isNotNull();
		assertThat(accepted.header("ETag")).isEqualTo("\"1\"");

		Reply again = this.leadB.api().post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "declined"));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/dependencies/" + id).field("status")).isEqualTo("accepted");
	}

	@Test
	void aDeclineNeedsNoNote() {
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));
		Reply declined = person("champion").api()
			.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "declined"));
		assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
		assertThat(declined.field("status")).isEqualTo("declined");
		assertThat(declined.field("note")).isNull();
	}

	@Test
	void onlyALeadOfTheAskedTeamAChampionOrAnAdminMayDecide() {
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));
		Person memberOfB = person("member");
		join(this.teamB, memberOfB, false);
		Person viewerLeadOfB = person("viewer");
		join(this.teamB, viewerLeadOfB, true);
		for (Person refused : List.of(this.leadA, memberOfB, viewerLeadOfB)) {
			Reply reply = refused.api()
				.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "accepted"));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
		assertThat(this.admin.get("/api/v1/dependencies/" + id).field("status")).isEqualTo("requested");
		assertThat(this.admin.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "accepted")).status())
			.isEqualTo(200);
	}

	@Test
	void anUnknownOrMissingDecisionOrALongNoteIsRefusedNamingItsField() {
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));
		String path = "/api/v1/dependencies/" + id + "/decision";
		assertDecisionRefused(path, Map.of("decision", "maybe"), "decision");
		assertDecisionRefused(path, Map.of("note", "Hmm"), "decision");
		assertDecisionRefused(path, Map.of("decision", 1), "decision");
		assertDecisionRefused(path, Map.of("decision", "accepted", "note", "x".repeat(10_001)), "note");
		assertThat(this.admin.get("/api/v1/dependencies/" + id).field("status")).isEqualTo("requested");
		assertThat(this.leadB.api()
			.post("/api/v1/dependencies/" + UUID.randomUUID() + "/decision", Map.of("decision", "accepted"))
			.status()).isEqualTo(404);
		assertThat(this.leadB.api().get("/api/v1/dependencies/nope").status()).isEqualTo(404);
	}

	@Test
	void theListFiltersByCycleByATeamOnEitherSideAndByStatus() {
		String teamC = team("Search " + UUID.randomUUID());
		String first = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));
		String second = created(this.admin.post("/api/v1/dependencies",
				request(Map.of("fromTeamId", this.teamB, "toTeamId", teamC, "keyResultId", ""))));
		String third = created(this.admin.post("/api/v1/dependencies", request(Map.of("toTeamId", teamC))));
		this.leadB.api().post("/api/v1/dependencies/" + first + "/decision", Map.of("decision", "declined"));

		assertThat(ids(Map.of("cycleId", this.cycle))).containsExactly(third, second, first);
		assertThat(ids(Map.of("cycleId", this.cycle, "teamId", this.teamB))).containsExactly(second, first);
		assertThat(ids(Map.of("cycleId", this.cycle, "teamId", teamC))).containsExactly(third, second);
		assertThat(ids(Map.of("cycleId", this.cycle, "status", "declined"))).containsExactly(first);
		assertThat(ids(Map.of("teamId", teamC, "status", "requested"))).containsExactly(third, second);
		assertThat(ids(Map.of("cycleId", this.cycle, "limit", "1", "offset", "1"))).containsExactly(second);
		assertThat(total(Map.of("cycleId", this.cycle, "limit", "1"))).isEqualTo(3);
		assertThat(total(Map.of("cycleId", UUID.randomUUID().toString()))).isZero();

		assertThat(this.admin.get("/api/v1/dependencies?status=open").errorFields()).containsExactly("status");
		assertThat(this.admin.get("/api/v1/dependencies?teamId=x").errorFields()).containsExactly("teamId");
		assertThat(this.admin.get("/api/v1/dependencies?cycleId=x").errorFields()).containsExactly("cycleId");
		assertThat(this.admin.get("/api/v1/dependencies?limit=501").errorFields()).containsExactly("limit");
	}

	@Test
	void bothTeamsLeadsAreToldOfTheRequestAndOfTheDecision() {
		Person secondLeadOfA = person("member");
		join(this.teamA, secondLeadOfA, true);
		String id = created(this.leadA.api().post("/api/v1/dependencies", request(Map.of())));

		JsonNode toB = latestNotification(this.leadB);
		assertThat(toB.get("kind").asString()).isEqualTo("dependency");
		assertThat(toB.get("text").asString()).contains("asks").contains("A sandbox for refunds");
		assertThat(toB.get("link").asString())
			.isEqualTo("/teams/" + this.teamB + "?cycle=" + this.cycle + "#dependency-" + id);
		assertThat(latestNotification(secondLeadOfA).get("link").asString())
			.isEqualTo("/teams/" + this.teamA + "?cycle=" + this.cycle + "#dependency-" + id);
		assertThat(notifications(this.leadA)).isZero();

		this.leadB.api()
			.post("/api/v1/dependencies/" + id + "/decision", Map.of("decision", "declined", "note", "Not this cycle"));

		JsonNode toA = latestNotification(this.leadA);
		assertThat(toA.get("text").asString()).contains("declined").contains("Not this cycle");
		assertThat(toA.get("link").asString())
			.isEqualTo("/teams/" + this.teamA + "?cycle=" + this.cycle + "#dependency-" + id);
		assertThat(notifications(this.leadB)).isEqualTo(1);
		assertThat(notifications(secondLeadOfA)).isEqualTo(2);
	}

	@Test
	void aRefusedRequestTellsNobody() {
		assertRefused(request(Map.of("description", "")), "description");
		assertThat(notifications(this.leadB)).isZero();
	}

	private Map<String, Object> request(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", this.cycle, "fromTeamId", this.teamA, "toTeamId",
				this.teamB, "keyResultId", this.keyResult, "description", "A sandbox for refunds"));
		body.putAll(changes);
		// an empty text leaves the field out
		body.values().removeIf((value) -> "".equals(value));
		return body;
	}

	private void assertRefused(Map<String, Object> body, String field) {
		long before = total(Map.of());
		Reply reply = this.leadA.api().post("/api/v1/dependencies", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.errorFields()).as(reply.toString()).containsExactly(field);
		assertThat(total(Map.of())).isEqualTo(before);
	}

	private void assertDecisionRefused(String path, Map<String, Object> body, String field) {
		Reply reply = this.leadB.api().post(path, body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.errorFields()).as(reply.toString()).containsExactly(field);
	}

	private List<String> ids(Map<String, String> query) {
		Reply reply = this.admin.get("/api/v1/dependencies" + query(query));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private long total(Map<String, String> query) {
		Reply reply = this.admin.get("/api/v1/dependencies" + query(query));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("total").asLong();
	}

	private static String query(Map<String, String> query) {
		StringBuilder text = new StringBuilder();
		query.forEach((key, value) -> text.append(text.isEmpty() ? "?" : "&").append(key).append('=').append(value));
		return text.toString();
	}

	private static JsonNode latestNotification(Person person) {
		Reply reply = person.api().get("/api/v1/notifications");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("items").size()).as(reply.toString()).isPositive();
		return reply.json().get("items").get(0);
	}

	private static long notifications(Person person) {
		return person.api().get("/api/v1/notifications").json().get("total").asLong();
	}

}
