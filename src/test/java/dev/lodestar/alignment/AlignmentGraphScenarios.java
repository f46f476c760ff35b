package dev.lodestar.alignment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alignment graph of a cycle over the API: objectives and the key results they
 * contribute to as nodes, contributions as weighted edges, a team's part of it, and the
 * cycle's coverage. The scenarios run on H2 ({@link AlignmentApiTests}) and on PostgreSQL
 * ({@code AlignmentGraphOnPostgresTests}).
 */
abstract class AlignmentGraphScenarios extends ApiTest {

	@Test
	void theGraphHasEveryObjectiveAndAnEdgePerContribution() {
		String cycle = cycle("set");
		Person owner = person("member");
		String company = objective(cycle, null);
		String revenue = keyResult(company, owner.id(), "Revenue per quarter");
		String sales = team("Sales " + cycle);
		String checkout = team("Checkout " + cycle);
		String salesObjective = objective(cycle, sales);
		String checkoutObjective = objective(cycle, checkout);
		contribute(salesObjective, List.of(Map.of("keyResultId", revenue, "weight", 2)));
		contribute(checkoutObjective, List.of(Map.of("objectiveId", salesObjective, "weight", 1),
				Map.of("objectiveId", company, "weight", 0.5)));

		JsonNode graph = this.admin.get("/api/v1/cycles/" + cycle + "/alignment").json();

		assertThat(ids(graph.get("nodes"), "objective")).containsExactlyInAnyOrder(company, salesObjective,
				checkoutObjective);
		assertThat(ids(graph.get("nodes"), "keyResult")).containsExactly(revenue);
		assertThat(graph.get("edges")).hasSize(3);
		assertThat(edge(graph, salesObjective, revenue).get("weight").asDouble()).isEqualTo(2.0);
		assertThat(edge(graph, checkoutObjective, company).get("weight").asDouble()).isEqualTo(0.5);
		JsonNode salesNode = node(graph, salesObjective);
		assertThat(salesNode.get("teamIds").get(0).asString()).isEqualTo(sales);
		assertThat(salesNode.get("progress").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void aTeamsGraphHoldsWhatItContributesToAndWhatContributesToIt() {
		String cycle = cycle("set");
		String company = objective(cycle, null);
		String other = objective(cycle, null);
		String sales = team("Sales " + cycle);
		String checkout = team("Checkout " + cycle);
		String payments = team("Payments " + cycle);
		String salesObjective = objective(cycle, sales);
		String checkoutObjective = objective(cycle, checkout);
		String paymentsObjective = objective(cycle, payments);
		contribute(salesObjective, List.of(Map.of("objectiveId", company)));
		contribute(checkoutObjective, List.of(Map.of("objectiveId", salesObjective)));
		contribute(paymentsObjective, List.of(Map.of("objectiveId", other)));

		JsonNode graph = this.admin.get("/api/v1/cycles/" + cycle + "/alignment?teamId=" + sales).json();

		assertThat(ids(graph.get("nodes"), "objective")).containsExactlyInAnyOrder(company, salesObjective,
				checkoutObjective);
		assertThat(graph.get("edges")).hasSize(2);
	}

	@Test
	void theCoverageCountsTeamsObjectivesLinksAndDependencies() {
		String cycle = cycle("set");
		Person lead = person("member");
		String company = objective(cycle, null);
		String sales = team("Sales " + cycle);
		String checkout = team("Checkout " + cycle);
		String legal = team("Legal " + cycle);
		join(sales, lead, true);
		String salesObjective = objective(cycle, sales);
		String salesKeyResult = keyResult(salesObjective, lead.id());
		objective(cycle, checkout);
		contribute(salesObjective, List.of(Map.of("objectiveId", company)));
		Reply published = this.admin.patch("/api/v1/objectives/" + salesObjective, Map.of("status", "published"));
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		Reply asked = lead.api()
			.post("/api/v1/dependencies", Map.of("cycleId", cycle, "fromTeamId", sales, "toTeamId", checkout,
					"description", "A sandbox for card payments", "keyResultId", salesKeyResult));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);

		JsonNode coverage = this.admin.get("/api/v1/cycles/" + cycle + "/coverage").json();

		assertThat(coverage.get("teamsWithPublishedObjectives").asInt()).isEqualTo(1);
		List<String> without = new java.util.ArrayList<>();
		coverage.get("teamsWithoutObjectives").forEach((team) -> without.add(team.asString()));
		assertThat(without).contains(legal).doesNotContain(sales, checkout);
		assertThat(coverage.get("teams").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(coverage.get("objectives").asInt()).isEqualTo(3);
		assertThat(coverage.get("alignedObjectives").asInt()).isEqualTo(1);
		assertThat(coverage.get("sharedObjectives").asInt()).isZero();
		assertThat(coverage.get("dependencies").get("requested").asInt()).isEqualTo(1);
		assertThat(coverage.get("dependencies").get("accepted").asInt()).isZero();
	}

	@Test
	void anUnknownTeamOrCycleIsNamed() {
		String cycle = cycle("set");
		Reply badTeam = this.admin.get("/api/v1/cycles/" + cycle + "/alignment?teamId=" + java.util.UUID.randomUUID());
		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.toString()).contains("teamId");
		assertThat(this.admin.get("/api/v1/cycles/" + cycle + "/alignment?teamId=not-an-id").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/v1/cycles/" + java.util.UUID.randomUUID() + "/alignment").status())
			.isEqualTo(404);
	}

	private void contribute(String objective, List<Map<String, Object>> links) {
		Reply reply = this.admin.patch("/api/v1/objectives/" + objective, Map.of("contributesTo", links));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private static List<String> ids(JsonNode nodes, String kind) {
		return java.util.stream.StreamSupport.stream(nodes.spliterator(), false)
			.filter((node) -> node.get("kind").asString().equals(kind))
			.map((node) -> node.get("id").asString())
			.toList();
	}

	private static JsonNode node(JsonNode graph, String id) {
		return java.util.stream.StreamSupport.stream(graph.get("nodes").spliterator(), false)
			.filter((node) -> node.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode edge(JsonNode graph, String from, String to) {
		return java.util.stream.StreamSupport.stream(graph.get("edges").spliterator(), false)
			.filter((edge) -> edge.get("from").asString().equals(from) && edge.get("to").asString().equals(to))
			.findFirst()
			.orElseThrow();
	}

}
