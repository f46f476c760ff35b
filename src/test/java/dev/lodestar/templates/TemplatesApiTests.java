package dev.lodestar.templates;

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
 * The template library over the API: the built-in templates by area and words, the
 * organisation's own added and deleted by admins and champions only, and a draft
 * objective started from a template — by whom, in which cycles, and that a refused use
 * stores nothing.
 */
class TemplatesApiTests extends ApiTest {

	private Person lead;

	private Person member;

	private String team;

	private String cycle;

	@BeforeEach
	void aTeamWithALead() {
		this.lead = person("member");
		this.member = person("member");
		this.team = team("Growth " + UUID.randomUUID());
		join(this.team, this.lead, true);
		join(this.team, this.member, false);
		this.cycle = cycle("set");
	}

	@Test
	void theLibraryHasAtLeastTwoTemplatesOfEveryAreaEachWithABadVersion() {
		Reply reply = this.member.api().get("/api/v1/templates?limit=500");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<JsonNode> items = items(reply);
		assertThat(reply.json().get("total").asInt()).isGreaterThanOrEqualTo(items.size());
		for (String area : List.of("sales", "customer-success", "engineering", "product", "people", "finance",
				"operations", "marketing", "support")) {
			List<JsonNode> builtIn = items.stream()
				.filter((item) -> item.get("area").asString().equals(area) && item.get("builtIn").asBoolean())
				.toList();
			assertThat(builtIn).as(area).hasSizeGreaterThanOrEqualTo(2);
			for (JsonNode template : builtIn) {
				assertThat(template.get("keyResults").size()).as(template.toString()).isBetween(2, 4);
				template.get("keyResults").valueStream().forEach((kr) -> {
					assertThat(kr.get("type").asString()).isIn("metric", "percentage", "milestone");
					assertThat(kr.get("targetValue").isNumber()).as(kr.toString()).isTrue();
				});
				assertThat(template.get("description").asString()).isNotBlank();
				assertThat(template.get("bad").get("title").asString()).isNotBlank();
				assertThat(template.get("bad").get("keyResults").size()).isGreaterThanOrEqualTo(2);
				assertThat(template.get("bad").get("why").asString()).isNotBlank();
			}
		}
	}

	@Test
	void areaAndWordsFilterTheLibraryAndListsArePaged() {
		List<JsonNode> support = items(this.member.api().get("/api/v1/templates?area=support"));
		assertThat(support).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("area").asString()).isEqualTo("support"));

		List<JsonNode> churn = items(this.member.api().get("/api/v1/templates?q=CHURN%20drift"));
		assertThat(churn).extracting((item) -> item.get("id").asString()).contains("customer-success-churn");
		churn.forEach(
				(item) -> assertThat((item.get("title").asString() + item.get("description").asString()).toLowerCase())
					.contains("churn"));

		assertThat(items(this.member.api().get("/api/v1/templates?q=churn&area=engineering"))).isEmpty();

		Reply page = this.member.api().get("/api/v1/templates?limit=2&offset=2");
		assertThat(items(page)).hasSize(2);
		assertThat(page.json().get("total").asInt()).isGreaterThanOrEqualTo(18);
	}

	@Test
	void anUnknownAreaIsRefusedNamingIt() {
		Reply reply = this.member.api().get("/api/v1/templates?area=astrology");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("area");
	}

	@Test
	void aLeadStartsADraftOfTheirTeamFromATemplateOwningItsKeyResults() {
		Reply reply = this.lead.api()
			.post("/api/v1/templates/support-first-contact/use", Map.of("cycleId", this.cycle, "teamId", this.team));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		String id = reply.field("id");
		assertThat(reply.header("Location")).isEqualTo("/api/v1/objectives/" + id);
		assertThat(reply.field("title")).isEqualTo("Customers get their problem solved in the first reply");
		assertThat(reply.field("status")).isEqualTo("draft");
		assertThat(reply.field("teamId")).isEqualTo(this.team);
		assertThat(reply.field("cycleId")).isEqualTo(this.cycle);
		JsonNode keyResults = reply.json().get("keyResults");
		assertThat(keyResults.size()).isEqualTo(3);
		keyResults.valueStream().forEach((kr) -> assertThat(kr.get("ownerId").asString()).isEqualTo(this.lead.id()));
		assertThat(keyResults.get(1).get("title").asString()).isEqualTo("Median hours to resolution");
		assertThat(keyResults.get(1).get("startValue").asDouble()).isEqualTo(26.0);
		assertThat(keyResults.get(1).get("targetValue").asDouble()).isEqualTo(8.0);

		Reply read = this.lead.api().get("/api/v1/objectives/" + id);
		assertThat(read.json()).isEqualTo(reply.json());
	}

	@Test
	void theCoachAsksToAdaptAnObjectiveStartedFromATemplateUntilItsTitleAndKeyResultsAreChanged() {
		Reply used = this.lead.api()
			.post("/api/v1/templates/support-first-contact/use", Map.of("cycleId", this.cycle, "teamId", this.team));
		assertThat(used.status()).as(used.toString()).isEqualTo(201);
		String id = used.field("id");
		assertThat(unchanged(id)).containsExactly("title", "keyResults[0].title", "keyResults[1].title",
				"keyResults[2].title");

		Reply renamed = this.lead.api()
			.patch("/api/v1/objectives/" + id,
					Map.of("title", "Shop owners get a working answer the first time they ask"));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(unchanged(id)).containsExactly("keyResults[0].title", "keyResults[1].title", "keyResults[2].title");

		List<JsonNode> keyResults = used.json().get("keyResults").valueStream().toList();
		for (int i = 0; i < keyResults.size(); i++) {
			JsonNode keyResult = keyResults.get(i);
			Reply adapted = this.lead.api()
				.patch("/api/v1/key-results/" + keyResult.get("id").asString(),
						Map.of("title", "Shop owners' " + keyResult.get("title").asString().toLowerCase(),
								"targetValue", keyResult.get("targetValue").asDouble() + 1));
			assertThat(adapted.status()).as(adapted.toString()).isEqualTo(200);
		}
		assertThat(unchanged(id)).isEmpty();
	}

	/** The fields of an objective the coach finds still the template's. */
	private List<String> unchanged(String objective) {
		Reply coach = this.lead.api().get("/api/v1/objectives/" + objective + "/coach");
		assertThat(coach.status()).as(coach.toString()).isEqualTo(200);
		return coach.json()
			.get("findings")
			.valueStream()
			.filter((finding) -> finding.get("rule").asString().equals("template-unchanged"))
			.map((finding) -> finding.get("field").asString())
			.toList();
	}

	@Test
	void anAdminStartsACompanyObjectiveFromATemplate() {
		Reply reply = this.admin.post("/api/v1/templates/finance-cash-collection/use", Map.of("cycleId", this.cycle));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().get("teamId").isNull()).isTrue();
	}

	@Test
	void aMemberWhoDoesNotLeadTheTeamMayNotUseATemplateForItAndNothingIsStored() {
		Reply reply = this.member.api()
			.post("/api/v1/templates/support-first-contact/use", Map.of("cycleId", this.cycle, "teamId", this.team));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		Reply company = this.lead.api()
			.post("/api/v1/templates/support-first-contact/use", Map.of("cycleId", this.cycle));
		assertThat(company.status()).as(company.toString()).isEqualTo(403);
		assertNothingIn(this.cycle);
	}

	@Test
	void aClosedCycleTakesNoNewDraft() {
		String closed = cycle("closed");
		Reply reply = this.lead.api()
			.post("/api/v1/templates/support-first-contact/use", Map.of("cycleId", closed, "teamId", this.team));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertNothingIn(closed);
	}

	@Test
	void unknownTemplatesAreNotFoundAndUnknownCyclesAndTeamsAreNamed() {
		Map<String, Object> body = Map.of("cycleId", this.cycle, "teamId", this.team);
		assertThat(this.lead.api().post("/api/v1/templates/no-such-template/use", body).status()).isEqualTo(404);
		assertThat(this.lead.api().post("/api/v1/templates/" + UUID.randomUUID() + "/use", body).status())
			.isEqualTo(404);
		assertThat(this.lead.api().post("/api/v1/templates/NOT%20AN%20ID/use", body).status()).isEqualTo(404);

		Reply unknownCycle = this.lead.api()
			.post("/api/v1/templates/sales-shorter-cycle/use",
					Map.of("cycleId", UUID.randomUUID().toString(), "teamId", this.team));
		assertThat(unknownCycle.status()).isEqualTo(400);
		assertThat(unknownCycle.errorFields()).containsExactly("cycleId");

		Reply unknownTeam = this.lead.api()
			.post("/api/v1/templates/sales-shorter-cycle/use",
					Map.of("cycleId", this.cycle, "teamId", UUID.randomUUID().toString()));
		assertThat(unknownTeam.status()).isEqualTo(400);
		assertThat(unknownTeam.errorFields()).containsExactly("teamId");

		Reply noCycle = this.lead.api().post("/api/v1/templates/sales-shorter-cycle/use", Map.of("teamId", this.team));
		assertThat(noCycle.status()).isEqualTo(400);
		assertThat(noCycle.errorFields()).containsExactly("cycleId");

		Reply notAnId = this.lead.api()
			.post("/api/v1/templates/sales-shorter-cycle/use", Map.of("cycleId", "yesterday", "teamId", this.team));
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.errorFields()).containsExactly("cycleId");
		assertNothingIn(this.cycle);
	}

	@Test
	void championsAddAndDeleteTheOrganisationsOwnTemplates() {
		Person champion = person("champion");
		String title = "Partners resell us in new countries " + UUID.randomUUID();
		Reply added = champion.api().post("/api/v1/templates", template(title));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String id = added.field("id");
		assertThat(added.header("Location")).isEqualTo("/api/v1/templates/" + id);
		assertThat(added.json().get("builtIn").asBoolean()).isFalse();
		assertThat(added.json().get("bad").get("why").asString()).isEqualTo("Signing is not selling.");

		List<JsonNode> found = items(this.member.api().get("/api/v1/templates?area=sales&q=resell"));
		assertThat(found).extracting((item) -> item.get("id").asString()).contains(id);

		Reply used = this.lead.api()
			.post("/api/v1/templates/" + id + "/use", Map.of("cycleId", this.cycle, "teamId", this.team));
		assertThat(used.status()).as(used.toString()).isEqualTo(201);
		assertThat(used.field("title")).isEqualTo(title);

		assertThat(this.member.api().delete("/api/v1/templates/" + id).status()).isEqualTo(403);
		assertThat(champion.api().delete("/api/v1/templates/" + id).status()).isEqualTo(204);
		assertThat(this.member.api().get("/api/v1/templates/" + id).status()).isEqualTo(404);
		assertThat(champion.api().delete("/api/v1/templates/" + id).status()).isEqualTo(404);
		assertThat(champion.api().delete("/api/v1/templates/sales-shorter-cycle").status()).isEqualTo(409);
		// the objective started from it stays
		assertThat(this.lead.api().get("/api/v1/objectives/" + used.field("id")).status()).isEqualTo(200);
	}

	@Test
	void onlyAdminsAndChampionsAddTemplatesAndBadOnesAreRefusedNamingEachField() {
		int before = this.admin.get("/api/v1/templates?limit=500").json().get("total").asInt();
		assertThat(this.lead.api().post("/api/v1/templates", template("Mine")).status()).isEqualTo(403);

		Map<String, Object> bad = new HashMap<>();
		bad.put("area", "astrology");
		bad.put("title", " ");
		List<Object> keyResults = new ArrayList<>();
		keyResults.add(Map.of("title", "Revenue", "type", "metric", "startValue", 10, "targetValue", 10));
		keyResults.add(Map.of("type", "percentage"));
		keyResults.add(null);
		bad.put("keyResults", keyResults);
		bad.put("bad", Map.of("title", "Sell", "keyResults", List.of("Call people"), "why", " "));
		Reply refused = this.admin.post("/api/v1/templates", bad);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errorFields()).contains("area");

		bad.put("area", "sales");
		refused = this.admin.post("/api/v1/templates", bad);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errorFields()).contains("title", "keyResults[0].targetValue", "keyResults[1].title",
				"keyResults[2]", "bad.why");

		Reply none = this.admin.post("/api/v1/templates", Map.of("area", "sales", "title", "Sell more"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.errorFields()).containsExactly("keyResults");
		assertThat(this.admin.get("/api/v1/templates?limit=500").json().get("total").asInt()).isEqualTo(before);
	}

	private static Map<String, Object> template(String title) {
		return Map.of("area", "sales", "title", title, "description", "Partners sell where we have no team.",
				"keyResults",
				List.of(Map.of("title", "Revenue through partners", "type", "metric", "startValue", 0, "targetValue",
						200000, "unit", "EUR"),
						Map.of("title", "Partners with a first deal", "type", "metric", "startValue", 1, "targetValue",
								8)),
				"bad", Map.of("title", "Partner program", "keyResults", List.of("Sign partners", "Make a deck"), "why",
						"Signing is not selling."));
	}

	private void assertNothingIn(String cycle) {
		Reply objectives = this.admin.get("/api/v1/objectives?cycleId=" + cycle);
		assertThat(objectives.json().get("total").asInt()).as(objectives.toString()).isZero();
	}

	private static List<JsonNode> items(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("items").valueStream().toList();
	}

}
