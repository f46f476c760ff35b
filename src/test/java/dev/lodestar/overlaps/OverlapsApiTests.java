package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import dev.lodestar.coach.CoachRule;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;
import dev.lodestar.coach.Findings;
import dev.lodestar.coach.Severity;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Similar objectives and a cycle's overlaps over real HTTP: only other teams' objectives
 * of the same cycle, most similar first, kept right after objectives change (another
 * instance could have changed them: the index follows the database, not this process's
 * events); competing key results found both ways; the coach's two rules on a batch of
 * drafts; and bad input refused with the field named.
 */
class OverlapsApiTests extends ApiTest {

	@Autowired
	private List<CoachRule> rules;

	private String cycle;

	private String success;

	private String sales;

	private String platform;

	private String churn;

	private String owner;

	@BeforeEach
	void threeTeams() {
		this.cycle = cycle("set");
		this.success = team("Customer success " + UUID.randomUUID());
		this.sales = team("Sales " + UUID.randomUUID());
		this.platform = team("Platform " + UUID.randomUUID());
		this.owner = person("member").id();
		this.churn = objective(this.success, "Reduce customer churn", null);
	}

	@Test
	void similarObjectivesAreOtherTeamsOfTheSameCycleMostSimilarFirst() {
		String closest = objective(this.sales, "Reduce churn of our customers",
				"Customers who leave in their first year hurt our renewals.");
		String close = objective(this.platform, "Less churn of customers in Europe", null);
		objective(this.platform, "Cut cloud costs", "Hosting grows faster than revenue.");
		objective(this.success, "Reduce customer churn in Europe", null);
		objective(null, "Reduce customer churn", null);
		String otherCycle = cycle("set");
		created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", otherCycle, "teamId", this.sales, "title", "Reduce customer churn")));

		Reply reply = person("viewer").api().get("/api/v1/objectives/" + this.churn + "/similar");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode items = reply.json().get("items");
		assertThat(ids(items)).containsExactly(closest, close);
		assertThat(items.get(0).get("teamId").asString()).isEqualTo(this.sales);
		assertThat(items.get(0).get("title").asString()).isEqualTo("Reduce churn of our customers");
		double first = items.get(0).get("similarity").asDouble();
		double second = items.get(1).get("similarity").asDouble();
		assertThat(first).isBetween(Overlaps.SIMILAR, 1.0).isGreaterThan(second);
		assertThat(second).isGreaterThanOrEqualTo(Overlaps.SIMILAR);

		Reply limited = this.admin.get("/api/v1/objectives/" + this.churn + "/similar?limit=1");
		assertThat(ids(limited.json().get("items"))).containsExactly(closest);
	}

	@Test
	void theIndexFollowsChangesToTheCyclesObjectives() {
		String other = objective(this.sales, "Open a sales office in Madrid", null);
		assertThat(similarTo(this.churn)).isEmpty();

		Reply fetched = this.admin.get("/api/v1/objectives/" + other);
		Reply changed = this.admin.patch("/api/v1/objectives/" + other, Map.of("title", "Keep customers from churning"),
				fetched.header("ETag"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(similarTo(this.churn)).containsExactly(other);

		String added = objective(this.platform, "Reduce churn among customers", null);
		assertThat(similarTo(this.churn)).containsExactlyInAnyOrder(other, added);

		Reply archived = this.admin.patch("/api/v1/objectives/" + added, Map.of("status", "archived"),
				this.admin.get("/api/v1/objectives/" + added).header("ETag"));
		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		assertThat(similarTo(this.churn)).containsExactly(other);
	}

	@Test
	void unknownObjectivesAndCyclesAreNotFoundAndABadLimitIsRefused() {
		assertThat(this.admin.get("/api/v1/objectives/" + UUID.randomUUID() + "/similar").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/objectives/nonsense/similar").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/cycles/" + UUID.randomUUID() + "/overlaps").status()).isEqualTo(404);
		for (String limit : List.of("0", "101")) {
			Reply reply = this.admin.get("/api/v1/objectives/" + this.churn + "/similar?limit=" + limit);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
			assertThat(reply.errorFields()).containsExactly("limit");
		}
		Reply reply = this.admin.get("/api/v1/cycles/" + this.cycle + "/overlaps?limit=0");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("limit");
		assertThat(this.anonymous.get("/api/v1/objectives/" + this.churn + "/similar").status()).isEqualTo(401);
	}

	@Test
	void theCycleListsOverlappingObjectivesAndCompetingKeyResults() {
		String similar = objective(this.sales, "Reduce churn of our customers", null);
		String rising = keyResult(this.churn, "Increase the average discount on multi-year deals", "percentage", 10, 15,
				null);
		String salesObjective = objective(this.sales, "Close bigger deals", null);
		String falling = keyResult(salesObjective, "Reduce the average discount on multi-year deals", "percentage", 12,
				8, null);
		// the other way in the same team, and the same way as Sales's: not competing
		keyResult(this.churn, "Average discount on multi-year deals", "metric", 20, 12, "%");
		// another measure
		keyResult(objective(this.platform, "Faster planning", null), "Time to plan a route", "metric", 30, 10,
				"minutes");

		Reply reply = this.admin.get("/api/v1/cycles/" + this.cycle + "/overlaps");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("objectivesTotal").asInt()).isEqualTo(1);
		JsonNode pair = body.get("objectives").get(0);
		assertThat(List.of(pair.get("a").get("objectiveId").asString(), pair.get("b").get("objectiveId").asString()))
			.containsExactlyInAnyOrder(this.churn, similar);
		assertThat(pair.get("a").get("teamIds").size()).isEqualTo(1);
		assertThat(pair.get("similarity").asDouble()).isBetween(Overlaps.SIMILAR, 1.0);
		assertThat(body.get("keyResultsTotal").asInt()).as(body.toString()).isEqualTo(1);
		List<List<String>> keyResultPairs = new ArrayList<>();
		for (JsonNode one : body.get("keyResults")) {
			keyResultPairs.add(List.of(
					one.get("a").get("keyResultId").asString() + ":" + one.get("a").get("direction").asString(),
					one.get("b").get("keyResultId").asString() + ":" + one.get("b").get("direction").asString()));
			assertThat(one.get("measure").asString()).contains("discount");
		}
		assertThat(keyResultPairs.get(0)).containsExactlyInAnyOrder(falling + ":falls", rising + ":rises");
	}

	@Test
	void theCoachTellsADraftAboutSimilarObjectivesAndCompetingKeyResultsOfOtherTeams() {
		String salesObjective = objective(this.sales, "Reduce churn of our customers",
				"Customers who leave in their first year hurt our renewals.");
		keyResult(salesObjective, "Monthly churn", "metric", 2.0, 1.0, "%");
		Draft draft = new Draft(null, CycleId.fromPath(this.cycle), List.of(TeamId.fromPath(this.platform)),
				"Reduce customer churn", null, null, List.of(
						new Draft.KeyResultDraft(null, "Ship the status page", KeyResultType.MILESTONE, null, null,
								null),
						new Draft.KeyResultDraft(null, "Monthly churn", KeyResultType.METRIC, 1.0, 3.0, "%")));
		Draft unrelated = new Draft(null, CycleId.fromPath(this.cycle), List.of(TeamId.fromPath(this.platform)),
				"Open an office in Madrid", null, null, List.of());
		Draft ownTeam = new Draft(ObjectiveId.fromPath(salesObjective), CycleId.fromPath(this.cycle),
				List.of(TeamId.fromPath(this.sales)), "Reduce churn of our customers", null, null, List.of());

		Findings findings = new Findings();
		rule("overlap").check(List.of(draft, unrelated, ownTeam), findings);
		rule("competing").check(List.of(draft, unrelated, ownTeam), findings);

		List<Finding> found = findings.of(draft);
		assertThat(found).extracting(Finding::rule).contains("overlap", "competing");
		Finding competing = found.stream().filter((one) -> one.rule().equals("competing")).findFirst().orElseThrow();
		assertThat(competing.field()).isEqualTo("keyResults[1].title");
		assertThat(competing.severity()).isEqualTo(Severity.WARNING);
		assertThat(competing.message()).contains("«Monthly churn»").contains("Sales");
		Finding overlap = found.stream()
			.filter((one) -> one.message().contains("«Reduce churn of our customers»"))
			.findFirst()
			.orElseThrow();
		assertThat(overlap.message()).contains("Sales");
		assertThat(overlap.advice()).contains("share").contains("depend");
		assertThat(findings.of(unrelated)).isEmpty();
		// the stored Sales objective is similar to Customer success's, not to itself
		assertThat(findings.of(ownTeam)).extracting(Finding::message)
			.allMatch((message) -> message.contains("«Reduce customer churn»"));
	}

	private CoachRule rule(String name) {
		return this.rules.stream().filter((rule) -> rule.name().equals(name)).findFirst().orElseThrow();
	}

	private List<String> similarTo(String objective) {
		Reply reply = this.admin.get("/api/v1/objectives/" + objective + "/similar");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return ids(reply.json().get("items"));
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("objectiveId").asString()));
		return ids;
	}

	private String objective(String team, String title, String description) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", this.cycle, "title", title));
		if (team != null) {
			body.put("teamId", team);
		}
		if (description != null) {
			body.put("description", description);
		}
		return created(this.admin.post("/api/v1/objectives", body));
	}

	private String keyResult(String objective, String title, String type, double start, double target, String unit) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "ownerId", this.owner, "type", type,
				"startValue", start, "targetValue", target));
		if (unit != null) {
			body.put("unit", unit);
		}
		return created(this.admin.post("/api/v1/objectives/" + objective + "/key-results", body));
	}

}
