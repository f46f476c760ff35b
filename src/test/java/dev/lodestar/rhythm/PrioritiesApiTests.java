package dev.lodestar.rhythm;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static dev.lodestar.rhythm.RhythmFixtures.lastWeek;
import static dev.lodestar.rhythm.RhythmFixtures.thisWeek;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's top priorities of a week over the API: at most five, ticked, changed, removed,
 * and last week's unfinished ones carried over.
 */
class PrioritiesApiTests extends ApiTest {

	@Test
	void aMemberAddsTicksAndRemovesPrioritiesOfTheWeek() {
		Person member = person("member");
		String team = team("Priorities");
		join(team, member, false);
		String path = "/api/v1/teams/" + team + "/weeks/" + thisWeek();

		Reply added = member.api().post(path + "/priorities", Map.of("text", "  Ship the beta  "));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.header("Location")).endsWith("/api/v1/priorities/" + added.field("id"));
		assertThat(added.field("text")).isEqualTo("Ship the beta");
		assertThat(added.json().get("done").asBoolean()).isFalse();

		Reply ticked = member.api().patch("/api/v1/priorities/" + added.field("id"), Map.of("done", true));
		assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
		assertThat(ticked.json().get("done").asBoolean()).isTrue();
		Reply renamed = member.api().patch("/api/v1/priorities/" + added.field("id"), Map.of("text", "Ship it"));
		assertThat(renamed.field("text")).isEqualTo("Ship it");
		assertThat(renamed.json().get("done").asBoolean()).isTrue();

		Reply week = member.api().get(path);
		assertThat(week.status()).isEqualTo(200);
		assertThat(week.field("teamId")).isEqualTo(team);
		assertThat(week.field("week")).isEqualTo(thisWeek());
		assertThat(week.json().get("priorities").get(0).get("text").asString()).isEqualTo("Ship it");

		Reply stale = member.api().patch("/api/v1/priorities/" + added.field("id"), Map.of("done", false), "\"0\"");
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(member.api().get("/api/v1/priorities/" + added.field("id")).header("ETag")).isEqualTo("\"2\"");
		assertThat(member.api().delete("/api/v1/priorities/" + added.field("id")).status()).isEqualTo(204);
		assertThat(member.api().get(path).json().get("priorities").size()).isZero();
		assertThat(member.api().get("/api/v1/priorities/" + added.field("id")).status()).isEqualTo(404);
	}

	@Test
	void aSixthPriorityConflictsWithTheLimitOfFive() {
		String team = team("Five priorities");
		String path = "/api/v1/teams/" + team + "/weeks/" + thisWeek() + "/priorities";
		for (int i = 1; i <= 5; i++) {
			assertThat(this.admin.post(path, Map.of("text", "Priority " + i)).status()).isEqualTo(201);
		}
		Reply sixth = this.admin.post(path, Map.of("text", "One too many"));
		assertThat(sixth.status()).as(sixth.toString()).isEqualTo(409);
		assertThat(sixth.field("detail")).contains("at most 5");
		assertThat(this.admin.get("/api/v1/teams/" + team + "/weeks/" + thisWeek()).json().get("priorities").size())
			.isEqualTo(5);
	}

	@Test
	void lastWeeksUnfinishedPrioritiesAreOfferedAgainAndCarriedOverOnce() {
		String team = team("Carry over");
		String last = "/api/v1/teams/" + team + "/weeks/" + lastWeek();
		String unfinished = created(this.admin.post(last + "/priorities", Map.of("text", "Interview five customers")));
		String finished = created(this.admin.post(last + "/priorities", Map.of("text", "Fix the login")));
		this.admin.patch("/api/v1/priorities/" + finished, Map.of("done", true));
		String now = "/api/v1/teams/" + team + "/weeks/" + thisWeek();

		Reply offered = this.admin.get(now);
		assertThat(offered.json().get("offeredAgain").size()).isEqualTo(1);
		assertThat(offered.json().get("offeredAgain").get(0).get("id").asString()).isEqualTo(unfinished);

		Reply carried = this.admin.post(now + "/priorities", Map.of("carriedFrom", unfinished));
		assertThat(carried.status()).as(carried.toString()).isEqualTo(201);
		assertThat(carried.field("text")).isEqualTo("Interview five customers");
		assertThat(carried.field("carriedFrom")).isEqualTo(unfinished);
		assertThat(carried.field("week")).isEqualTo(thisWeek());
		assertThat(this.admin.get(now).json().get("offeredAgain").size()).isZero();
		assertThat(this.admin.post(now + "/priorities", Map.of("carriedFrom", unfinished)).status()).isEqualTo(409);
		assertThat(this.admin.post(now + "/priorities", Map.of("carriedFrom", finished)).status()).isEqualTo(409);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		String team = team("Bad input");
		String path = "/api/v1/teams/" + team + "/weeks/" + thisWeek() + "/priorities";
		Reply blank = this.admin.post(path, Map.of("text", "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("text");
		Reply tooLong = this.admin.post(path, Map.of("text", "x".repeat(201)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("text");
		Reply notMonday = this.admin.post("/api/v1/teams/" + team + "/weeks/2026-12-02/priorities",
				Map.of("text", "ok"));
		assertThat(notMonday.status()).isEqualTo(400);
		assertThat(notMonday.errorFields()).containsExactly("week");
		assertThat(this.admin.get("/api/v1/teams/" + team + "/weeks/someday").errorFields()).containsExactly("week");
		assertThat(this.admin.get("/api/v1/teams/" + java.util.UUID.randomUUID() + "/weeks/" + thisWeek()).status())
			.isEqualTo(404);
		String id = created(this.admin.post(path, Map.of("text", "fine")));
		Reply wrongType = this.admin.patch("/api/v1/priorities/" + id, Map.of("done", "yes"));
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.errorFields()).containsExactly("done");
		assertThat(this.admin.post(path, Map.of("carriedFrom", "nope")).errorFields()).containsExactly("carriedFrom");
	}

	@Test
	void viewersAndOutsidersReadButMayNotWrite() {
		String team = team("Readers");
		Person viewer = person("viewer");
		join(team, viewer, false);
		Person outsider = person("member");
		String path = "/api/v1/teams/" + team + "/weeks/" + thisWeek();
		String id = created(this.admin.post(path + "/priorities", Map.of("text", "Ours")));
		assertThat(viewer.api().get(path).status()).isEqualTo(200);
		assertThat(viewer.api().post(path + "/priorities", Map.of("text", "Mine")).status()).isEqualTo(403);
		assertThat(outsider.api().post(path + "/priorities", Map.of("text", "Mine")).status()).isEqualTo(403);
		assertThat(outsider.api().patch("/api/v1/priorities/" + id, Map.of("done", true)).status()).isEqualTo(403);
		assertThat(outsider.api().delete("/api/v1/priorities/" + id).status()).isEqualTo(403);
	}

	@Test
	void theOpenApiDocumentNamesTheRhythmsPaths() {
		String document = this.anonymous.get("/api/v1/openapi.json").body();
		assertThat(document).contains("/api/v1/teams/{id}/weeks/{monday}",
				"/api/v1/teams/{id}/weeks/{monday}/priorities", "/api/v1/priorities/{id}",
				"/api/v1/teams/{id}/weeks/{monday}/wins", "/api/v1/kudos", "/api/v1/rhythm/digests");
	}

}
