package dev.lodestar.objectives;

import java.time.LocalDate;
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
 * The metrics over real HTTP: a key result that tracks a metric starts from the metric's
 * latest value, its check-ins make the metric's history, each cycle's first key result
 * gives its baseline; a metric renamed or deleted keeps what tracked it; the coach asks
 * for baselines from a team's third cycle.
 */
class MetricsApiTests extends ApiTest {

	@Test
	void aKeyResultStartsFromTheMetricsLatestValueAndItsCheckInsMakeTheHistory() {
		Person lead = person("member");
		String team = team("Growth " + UUID.randomUUID());
		join(team, lead, true);
		String metric = created(lead.api()
			.post("/api/v1/metrics", Map.of("name", "Weekly active customers " + UUID.randomUUID(), "unit", "accounts",
					"description", "Customers who signed in at least once in the week")));
		Reply baseline = lead.api().post("/api/v1/metrics/" + metric + "/values", Map.of("value", 900));
		assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);

		String first = cycle("execute");
		String keyResult = created(lead.api()
			.post("/api/v1/objectives/" + objective(first, team) + "/key-results",
					Map.of("title", "Weekly active customers to 1,200", "ownerId", lead.id(), "type", "metric",
							"targetValue", 1200, "metricId", metric)));
		JsonNode made = this.admin.get("/api/v1/key-results/" + keyResult).json();
		assertThat(made.get("startValue").asDouble()).isEqualTo(900.0);
		assertThat(made.get("unit").asString()).isEqualTo("accounts");
		assertThat(made.get("metricId").asString()).isEqualTo(metric);
		checkIn(lead, keyResult, 950, 6);
		checkIn(lead, keyResult, 1010, 7);

		String second = cycle("set");
		String next = created(this.admin.post("/api/v1/objectives/" + objective(second, team) + "/key-results",
				Map.of("title", "Weekly active customers to 1,500", "ownerId", lead.id(), "type", "metric",
						"targetValue", 1500, "metricId", metric)));
		assertThat(this.admin.get("/api/v1/key-results/" + next).json().get("startValue").asDouble()).isEqualTo(1010.0);

		Reply read = lead.api().get("/api/v1/metrics/" + metric);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.header("ETag")).isNotBlank();
		JsonNode body = read.json();
		assertThat(values(body.get("history"), "value")).containsExactly("900.0", "950.0", "1010.0");
		assertThat(values(body.get("history"), "source")).containsExactly("manual", "api", "api");
		assertThat(body.get("history").get(0).get("keyResultId").isNull()).isTrue();
		assertThat(body.get("history").get(1).get("keyResultId").asString()).isEqualTo(keyResult);
		assertThat(body.get("latestValue").asDouble()).isEqualTo(1010.0);
		assertThat(body.get("baselines")).hasSize(2);
		assertThat(values(body.get("baselines"), "value")).containsExactlyInAnyOrder("900.0", "1010.0");
		assertThat(values(body.get("baselines"), "cycleId")).containsExactlyInAnyOrder(first, second);
		assertThat(values(body.get("keyResults"), "keyResultId")).containsExactlyInAnyOrder(keyResult, next);

		JsonNode listed = find(this.admin.get("/api/v1/metrics?limit=500").json(), metric);
		assertThat(listed.get("latestValue").asDouble()).isEqualTo(1010.0);
		assertThat(listed.get("keyResultCount").asInt()).isEqualTo(2);
	}

	@Test
	void aMetricWithoutAValueAsksForAStartAndOnlyAMetricKeyResultTracksOne() {
		String metric = created(this.admin.post("/api/v1/metrics", Map.of("name", "Lead time " + UUID.randomUUID())));
		String objective = objective(cycle("execute"), team("Delivery " + UUID.randomUUID()));
		String path = "/api/v1/objectives/" + objective + "/key-results";
		Person owner = person("member");

		Reply noStart = this.admin.post(path, Map.of("title", "Lead time down to 3 days", "ownerId", owner.id(), "type",
				"metric", "targetValue", 3, "metricId", metric));
		assertThat(noStart.status()).as(noStart.toString()).isEqualTo(400);
		assertThat(noStart.errorFields()).containsExactly("startValue");
		assertThat(noStart.toString()).contains("has no value yet");

		Reply percentage = this.admin.post(path, Map.of("title", "Share of releases on time", "ownerId", owner.id(),
				"type", "percentage", "metricId", metric));
		assertThat(percentage.status()).as(percentage.toString()).isEqualTo(400);
		assertThat(percentage.errorFields()).containsExactly("metricId");

		Reply unknown = this.admin.post(path, Map.of("title", "Lead time down to 3 days", "ownerId", owner.id(), "type",
				"metric", "startValue", 5, "targetValue", 3, "metricId", UUID.randomUUID().toString()));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("metricId");
		Reply malformed = this.admin.post(path, Map.of("title", "Lead time down to 3 days", "ownerId", owner.id(),
				"type", "metric", "startValue", 5, "targetValue", 3, "metricId", "lead-time"));
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
		assertThat(malformed.toString()).contains("metricId");
		assertThat(this.admin.get("/api/v1/objectives/" + objective).json().get("keyResults")).isEmpty();
	}

	@Test
	void aRenamedOrDeletedMetricKeepsItsHistoryAndTheKeyResultsThatTrackedIt() {
		Person owner = person("member");
		String metric = created(this.admin.post("/api/v1/metrics", Map.of("name", "Churn " + UUID.randomUUID())));
		String cycle = cycle("execute");
		String keyResult = created(this.admin.post(
				"/api/v1/objectives/" + objective(cycle, team("Retention " + UUID.randomUUID())) + "/key-results",
				Map.of("title", "Churn down to 2 %", "ownerId", owner.id(), "type", "metric", "startValue", 4,
						"targetValue", 2, "metricId", metric)));
		checkIn(owner, keyResult, 3.5, 6);

		String renamed = "Monthly churn " + UUID.randomUUID();
		Reply stale = this.admin.patch("/api/v1/metrics/" + metric, Map.of("name", renamed), "\"99\"");
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		String etag = this.admin.get("/api/v1/metrics/" + metric).header("ETag");
		Reply rename = this.admin.patch("/api/v1/metrics/" + metric, Map.of("name", renamed), etag);
		assertThat(rename.status()).as(rename.toString()).isEqualTo(200);
		assertThat(rename.json().get("name").asString()).isEqualTo(renamed);
		assertThat(rename.json().get("keyResults")).hasSize(1);

		Reply deleted = this.admin.delete("/api/v1/metrics/" + metric, rename.header("ETag"));
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		checkIn(owner, keyResult, 3.0, 7);
		JsonNode after = this.admin.get("/api/v1/metrics/" + metric).json();
		assertThat(after.get("deletedAt").isNull()).isFalse();
		assertThat(values(after.get("history"), "value")).containsExactly("3.5");
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).json().get("metricId").asString())
			.isEqualTo(metric);
		assertThat(values(this.admin.get("/api/v1/metrics?limit=500").json().get("items"), "id"))
			.doesNotContain(metric);
		Reply tracking = this.admin.post("/api/v1/objectives/" + objective(cycle, null) + "/key-results",
				Map.of("title", "Churn down to 1 %", "ownerId", owner.id(), "type", "metric", "startValue", 3,
						"targetValue", 1, "metricId", metric));
		assertThat(tracking.status()).as(tracking.toString()).isEqualTo(400);
		assertThat(tracking.errorFields()).containsExactly("metricId");
	}

	@Test
	void leadsChampionsAndAdminsKeepTheLibraryAndEveryoneReadsIt() {
		Person member = person("member");
		Person viewer = person("viewer");
		Person champion = person("champion");
		Person lead = person("member");
		join(team("Leads " + UUID.randomUUID()), lead, true);
		String name = "Net promoter score " + UUID.randomUUID();

		assertThat(member.api().post("/api/v1/metrics", Map.of("name", name)).status()).isEqualTo(403);
		assertThat(viewer.api().post("/api/v1/metrics", Map.of("name", name)).status()).isEqualTo(403);
		String metric = created(lead.api().post("/api/v1/metrics", Map.of("name", name)));
		Reply taken = champion.api().post("/api/v1/metrics", Map.of("name", name.toUpperCase()));
		assertThat(taken.status()).as(taken.toString()).isEqualTo(400);
		assertThat(taken.errorFields()).containsExactly("name");
		Reply blank = champion.api().post("/api/v1/metrics", Map.of("name", "  ", "unit", "x".repeat(51)));
		assertThat(blank.errorFields()).containsExactlyInAnyOrder("name", "unit");
		assertThat(viewer.api().get("/api/v1/metrics/" + metric).status()).isEqualTo(200);
		assertThat(this.admin.get("/api/v1/metrics/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/metrics/churn").status()).isEqualTo(404);

		String etag = lead.api().get("/api/v1/metrics/" + metric).header("ETag");
		assertThat(lead.api().delete("/api/v1/metrics/" + metric, etag).status()).isEqualTo(403);
		assertThat(champion.api().delete("/api/v1/metrics/" + metric, etag).status()).isEqualTo(204);
		Reply future = this.admin.post("/api/v1/metrics/"
				+ created(champion.api().post("/api/v1/metrics", Map.of("name", "Uptime " + UUID.randomUUID())))
				+ "/values", Map.of("value", 99.9, "at", "2999-01-01T00:00:00Z"));
		assertThat(future.status()).as(future.toString()).isEqualTo(400);
		assertThat(future.errorFields()).containsExactly("at");
	}

	@Test
	void aKeyResultTakesOrDropsAMetricWithAPatchAndACarryOverKeepsIt() {
		Person owner = person("member");
		String metric = created(this.admin.post("/api/v1/metrics", Map.of("name", "Orders " + UUID.randomUUID())));
		String team = team("Sales " + UUID.randomUUID());
		String objective = objective(cycle("execute"), team);
		String keyResult = keyResult(objective, owner.id(), "Orders per week");

		String etag = this.admin.get("/api/v1/key-results/" + keyResult).header("ETag");
		Reply tracked = this.admin.patch("/api/v1/key-results/" + keyResult, Map.of("metricId", metric), etag);
		assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
		assertThat(tracked.json().get("metricId").asString()).isEqualTo(metric);
		checkIn(owner, keyResult, 20, 5);
		assertThat(this.admin.get("/api/v1/metrics/" + metric).json().get("history")).hasSize(1);

		String target = cycle("set");
		Reply carried = this.admin.post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", target));
		assertThat(carried.status()).as(carried.toString()).isEqualTo(201);
		JsonNode copy = carried.json().get("keyResults").get(0);
		assertThat(copy.get("metricId").asString()).isEqualTo(metric);
		assertThat(copy.get("startValue").asDouble()).isEqualTo(20.0);

		Map<String, Object> none = new HashMap<>();
		none.put("metricId", null);
		Reply dropped = this.admin.patch("/api/v1/key-results/" + keyResult, none,
				this.admin.get("/api/v1/key-results/" + keyResult).header("ETag"));
		assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
		assertThat(dropped.json().get("metricId").isNull()).isTrue();
	}

	@Test
	void fromATeamsThirdCycleTheCoachAsksForABaseline() {
		Person owner = person("member");
		String team = team("Platform " + UUID.randomUUID());
		String metric = created(this.admin.post("/api/v1/metrics", Map.of("name", "Deploys " + UUID.randomUUID())));
		String third = datedCycle(0);
		Map<String, Object> draft = Map.of("cycleId", third, "teamId", team, "title", "Ship safely every day",
				"description", "Customers get fixes the day we make them.", "keyResults",
				List.of(Map.of("title", "Deploys per week from 0 to 10", "type", "metric", "startValue", 0,
						"targetValue", 10),
						Map.of("title", "Failed deploys", "type", "metric", "startValue", 8, "targetValue", 2)));
		assertThat(rules(this.admin.post("/api/v1/coach", draft))).doesNotContain("no-baseline");

		objective(datedCycle(-200), team);
		objective(datedCycle(-100), team);
		Reply coached = this.admin.post("/api/v1/coach", draft);

		assertThat(coached.status()).as(coached.toString()).isEqualTo(200);
		List<String> fields = new ArrayList<>();
		List<String> severities = new ArrayList<>();
		coached.json().get("findings").forEach((finding) -> {
			if (finding.get("rule").asString().equals("no-baseline")) {
				fields.add(finding.get("field").asString());
				severities.add(finding.get("severity").asString());
			}
		});
		assertThat(fields).containsExactly("keyResults[0].startValue", "keyResults[1].metricId");
		assertThat(severities).containsExactly("warning", "info");
		assertThat(coached.toString()).contains("cycle 3");

		Map<String, Object> tracking = new HashMap<>(draft);
		tracking.put("keyResults", List.of(Map.of("title", "Deploys per week from 0 to 10", "type", "metric",
				"startValue", 0, "targetValue", 10, "metricId", metric)));
		assertThat(rules(this.admin.post("/api/v1/coach", tracking))).doesNotContain("no-baseline");

		String stored = objective(third, team);
		created(this.admin.post("/api/v1/objectives/" + stored + "/key-results",
				Map.of("title", "Deploys per week to 10", "ownerId", owner.id(), "type", "metric", "startValue", 2,
						"targetValue", 10, "metricId", metric)));
		assertThat(rules(this.admin.get("/api/v1/objectives/" + stored + "/coach"))).doesNotContain("no-baseline");
	}

	private String datedCycle(int daysFromNow) {
		LocalDate start = LocalDate.now().plusDays(daysFromNow).minusDays(30);
		return created(this.admin.post("/api/v1/cycles", Map.of("name", "Cycle " + UUID.randomUUID(), "startDate",
				start.toString(), "endDate", start.plusDays(90).toString())));
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> rules = new ArrayList<>();
		reply.json().get("findings").forEach((finding) -> rules.add(finding.get("rule").asString()));
		return rules;
	}

	private static void checkIn(Person owner, String keyResult, double value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach((item) -> values.add(item.get(field).isNull() ? null : item.get(field).asString()));
		return values;
	}

	private static JsonNode find(JsonNode listing, String id) {
		for (JsonNode item : listing.get("items")) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("metric " + id + " is not listed");
	}

}
