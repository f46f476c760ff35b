package dev.lodestar.coach;

import java.util.ArrayList;
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
 * The coach over real HTTP: a draft's findings with their fields, reasons and advice, a
 * stored objective's, a cycle's per team; who may ask; and the bounds: 10,000 key results
 * or a megabyte of text answer a 400 naming the field at once, with nothing stored.
 */
class CoachApiTests extends ApiTest {

	private String cycle;

	private String team;

	private Person lead;

	@BeforeEach
	void aTeamInACycle() {
		this.cycle = cycle("set");
		this.team = team("Payments " + UUID.randomUUID());
		this.lead = person("member");
		join(this.team, this.lead, true);
	}

	@Test
	void aDraftWithoutWhyOrKeyResultsIsWarnedAboutBoth() {
		Reply reply = this.lead.api()
			.post("/api/v1/coach", Map.of("cycleId", this.cycle, "teamId", this.team, "title", "Make paying effortless",
					"keyResults", List.of()));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(rules(reply)).containsExactlyInAnyOrder("no-why", "too-few-key-results");
		JsonNode first = reply.json().get("findings").get(0);
		assertThat(first.get("severity").asString()).isEqualTo("warning");
		assertThat(first.get("message").asString()).isNotBlank();
		assertThat(first.get("advice").asString()).isNotBlank();
		assertThat(fields(reply)).containsExactlyInAnyOrder("description", "keyResults");
	}

	@Test
	void aGoodDraftHasNothingToPointOut() {
		Reply reply = this.lead.api().post("/api/v1/coach", good());
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("findings").size()).as(reply.toString()).isZero();
	}

	@Test
	void outputsAndMissingTargetsAreNamedByTheirKeyResult() {
		Map<String, Object> body = good();
		body.put("keyResults",
				List.of(Map.of("title", "Launch the new checkout", "type", "milestone"),
						Map.of("title", "Publish 10 blog posts", "type", "metric", "startValue", 0, "targetValue", 10),
						Map.of("title", "Checkout completion", "type", "metric", "startValue", 62, "targetValue", 62),
						Map.of("title", "Improve customer satisfaction")));
		Reply reply = this.lead.api().post("/api/v1/coach", body);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(findings(reply)).contains("output-not-outcome info keyResults[0].title",
				"output-not-outcome warning keyResults[1].title", "no-target warning keyResults[2].targetValue",
				"no-target warning keyResults[3].title", "too-many-key-results absent");
	}

	@Test
	void aSixthObjectiveOfATeamIsTooMany() {
		for (int i = 0; i < 5; i++) {
			objective(this.cycle, this.team);
		}
		Reply sixth = this.lead.api().post("/api/v1/coach", good());
		assertThat(rules(sixth)).contains("too-many-objectives");

		String otherTeam = team("Few " + UUID.randomUUID());
		Map<String, Object> elsewhere = good();
		elsewhere.put("teamId", otherTeam);
		assertThat(rules(this.lead.api().post("/api/v1/coach", elsewhere))).doesNotContain("too-many-objectives");
	}

	@Test
	void aStoredObjectiveIsCoachedWithItsKeyResults() {
		String objective = objective(this.cycle, this.team);
		keyResult(objective, this.lead.id(), "Publish 10 blog posts");

		Reply reply = person("viewer").api().get("/api/v1/objectives/" + objective + "/coach");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(findings(reply)).contains("no-why warning description", "too-few-key-results info keyResults",
				"output-not-outcome warning keyResults[0].title");
		assertThat(this.lead.api().get("/api/v1/objectives/" + UUID.randomUUID() + "/coach").status()).isEqualTo(404);
		assertThat(this.lead.api().get("/api/v1/objectives/not-an-id/coach").status()).isIn(400, 404);
	}

	@Test
	void aCycleIsSummedPerTeamTheMostWarningsFirst() {
		String calm = team("Calm " + UUID.randomUUID());
		String good = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", this.cycle, "teamId", calm, "title", "Make paying effortless", "description",
						"Customers drop out at the checkout, and every one of them is revenue we earned and lost.")));
		keyResult(good, this.lead.id(), "Checkout completion from 10 % to 50 %");
		keyResult(good, this.lead.id(), "Refund requests down from 50 to 10 a week");
		objective(this.cycle, this.team);
		objective(this.cycle, this.team);
		objective(this.cycle, null);

		Reply reply = person("viewer").api().get("/api/v1/cycles/" + this.cycle + "/coach");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("cycleId").asString()).isEqualTo(this.cycle);
		assertThat(json.get("objectives").asInt()).isEqualTo(4);
		JsonNode teams = json.get("teams");
		assertThat(teams.size()).isEqualTo(2);
		assertThat(teams.get(0).get("teamId").asString()).isEqualTo(this.team);
		assertThat(teams.get(0).get("name").asString()).startsWith("Payments");
		assertThat(teams.get(0).get("objectives").asInt()).isEqualTo(2);
		assertThat(teams.get(0).get("warnings").asInt()).isEqualTo(4);
		assertThat(teams.get(0).get("rules").get("no-why").asInt()).isEqualTo(2);
		assertThat(teams.get(0).get("rules").get("too-few-key-results").asInt()).isEqualTo(2);
		assertThat(teams.get(1).get("teamId").asString()).isEqualTo(calm);
		assertThat(teams.get(1).get("warnings").asInt()).isZero();
		assertThat(json.get("company").get("objectives").asInt()).isEqualTo(1);
		assertThat(json.get("company").get("rules").get("no-why").asInt()).isEqualTo(1);
		assertThat(json.get("warnings").asInt()).isEqualTo(6);

		assertThat(this.lead.api().get("/api/v1/cycles/" + UUID.randomUUID() + "/coach").status()).isEqualTo(404);
	}

	@Test
	void anyoneSignedInMayAskButNobodyElse() {
		assertThat(person("viewer").api().post("/api/v1/coach", good()).status()).isEqualTo(200);
		assertThat(this.anonymous.post("/api/v1/coach", good()).status()).isEqualTo(401);
		assertThat(this.anonymous.get("/api/v1/cycles/" + this.cycle + "/coach").status()).isEqualTo(401);
	}

	@Test
	void unknownOrMissingReferencesAreRefusedNamingTheirField() {
		Map<String, Object> unknownCycle = good();
		unknownCycle.put("cycleId", UUID.randomUUID().toString());
		assertRefused(unknownCycle, "cycleId");
		Map<String, Object> badCycle = good();
		badCycle.put("cycleId", "not-an-id");
		assertRefused(badCycle, "cycleId");
		Map<String, Object> unknownTeam = good();
		unknownTeam.put("teamId", UUID.randomUUID().toString());
		assertRefused(unknownTeam, "teamId");
		Map<String, Object> noTitle = good();
		noTitle.remove("title");
		assertRefused(noTitle, "title");
		Map<String, Object> badKind = good();
		badKind.put("kind", "stretchy");
		Reply kind = this.lead.api().post("/api/v1/coach", badKind);
		assertThat(kind.status()).as(kind.toString()).isEqualTo(400);
		Map<String, Object> badType = good();
		badType.put("keyResults", List.of(Map.of("title", "Churn below 2 %", "type", "weekly")));
		Reply type = this.lead.api().post("/api/v1/coach", badType);
		assertThat(type.status()).as(type.toString()).isEqualTo(400);
	}

	@Test
	void tenThousandKeyResultsAreRefusedAtOnceNamingTheField() {
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			many.add(Map.of("title", "Key result " + i, "type", "metric", "startValue", 0, "targetValue", i + 1));
		}
		Map<String, Object> body = good();
		body.put("keyResults", many);
		long started = System.nanoTime();
		Reply reply = this.lead.api().post("/api/v1/coach", body);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("keyResults");
		assertThat(millis).as("milliseconds to refuse 10,000 key results").isLessThan(3_000);
		assertNothingStored();
	}

	@Test
	void aMegabyteOfTextIsRefusedNamingTheField() {
		Map<String, Object> body = good();
		body.put("description", "why ".repeat(250_000));
		long started = System.nanoTime();
		Reply reply = this.lead.api().post("/api/v1/coach", body);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("description");
		assertThat(millis).as("milliseconds to refuse a megabyte of text").isLessThan(3_000);

		Map<String, Object> longTitles = good();
		longTitles.put("title", "t".repeat(201));
		longTitles.put("keyResults", List.of(Map.of("title", "k".repeat(300_000))));
		Reply titles = this.lead.api().post("/api/v1/coach", longTitles);
		assertThat(titles.status()).as(titles.toString()).isEqualTo(400);
		assertThat(titles.errorFields()).containsExactlyInAnyOrder("title", "keyResults[0].title");

		Map<String, Object> beyond = good();
		beyond.put("description", "x".repeat(2_000_000));
		Reply tooLarge = this.lead.api().post("/api/v1/coach", beyond);
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
		assertNothingStored();
	}

	private void assertNothingStored() {
		Reply objectives = this.admin.get("/api/v1/objectives?cycleId=" + this.cycle);
		assertThat(objectives.json().get("total").asLong()).isZero();
	}

	private void assertRefused(Map<String, Object> body, String field) {
		Reply reply = this.lead.api().post("/api/v1/coach", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly(field);
	}

	/** A draft with a why and two measurable key results. */
	private Map<String, Object> good() {
		Map<String, Object> body = new HashMap<>();
		body.put("cycleId", this.cycle);
		body.put("teamId", this.team);
		body.put("title", "Make paying effortless");
		body.put("description", "Customers drop out at the checkout, and every one of them is revenue we lost.");
		body.put("kind", "aspirational");
		body.put("keyResults",
				List.of(Map.of("title", "Checkout completion from 62 % to 80 %", "type", "percentage", "startValue", 62,
						"targetValue", 80),
						Map.of("title", "Payment failures down to 1 in 200", "type", "metric", "startValue", 12,
								"targetValue", 5)));
		return body;
	}

	private static List<String> rules(Reply reply) {
		List<String> rules = new ArrayList<>();
		reply.json().get("findings").forEach((finding) -> rules.add(finding.get("rule").asString()));
		return rules;
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.json().get("findings").forEach((finding) -> fields.add(finding.get("field").asString()));
		return fields;
	}

	/**
	 * Each finding as "rule severity field", and "too-many-key-results absent" when it
	 * is.
	 */
	private static List<String> findings(Reply reply) {
		List<String> found = new ArrayList<>();
		reply.json()
			.get("findings")
			.forEach((finding) -> found.add(finding.get("rule").asString() + " " + finding.get("severity").asString()
					+ " " + finding.get("field").asString()));
		if (found.stream().noneMatch((finding) -> finding.startsWith("too-many-key-results"))) {
			found.add("too-many-key-results absent");
		}
		return found;
	}

}
