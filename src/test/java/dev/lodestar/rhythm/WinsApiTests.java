package dev.lodestar.rhythm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static dev.lodestar.rhythm.RhythmFixtures.checkIn;
import static dev.lodestar.rhythm.RhythmFixtures.lastWeek;
import static dev.lodestar.rhythm.RhythmFixtures.thisWeek;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wins of a team's week over the API: key results that moved and milestones done are
 * collected by themselves; people write wins of their own.
 */
class WinsApiTests extends ApiTest {

	@Test
	void aKeyResultCheckedInHigherThisWeekIsAWinFromItsOldValueToItsNewOne() {
		Person owner = person("member");
		String team = team("Progress wins");
		join(team, owner, false);
		String objective = objective(cycle("execute"), team);
		String rising = keyResult(objective, owner.id());
		String falling = keyResult(objective, owner.id());
		checkIn(owner, rising, 20, 6);
		checkIn(owner, rising, 30, 7);
		checkIn(owner, falling, 5, 3);

		List<JsonNode> wins = wins(team, thisWeek());
		assertThat(wins).hasSize(1);
		JsonNode win = wins.get(0);
		assertThat(win.get("kind").asString()).isEqualTo("progress");
		assertThat(win.get("keyResultId").asString()).isEqualTo(rising);
		assertThat(win.get("title").asString()).isEqualTo("Weekly active teams");
		assertThat(win.get("from").asDouble()).isEqualTo(10.0);
		assertThat(win.get("to").asDouble()).isEqualTo(30.0);
		assertThat(win.get("fromProgress").asDouble()).isEqualTo(0.0);
		assertThat(win.get("toProgress").asDouble()).isEqualTo(0.5);
		assertThat(wins(team, lastWeek())).isEmpty();
	}

	@Test
	void aMilestoneDoneThisWeekIsAMilestoneWin() {
		Person owner = person("member");
		String team = team("Milestone wins");
		join(team, owner, false);
		String objective = objective(cycle("execute"), team);
		String milestone = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Open the Berlin office", "ownerId", owner.id(), "type", "milestone")));
		checkIn(owner, milestone, 1, 9);

		List<JsonNode> wins = wins(team, thisWeek());
		assertThat(wins).hasSize(1);
		assertThat(wins.get(0).get("kind").asString()).isEqualTo("milestone");
		assertThat(wins.get(0).get("title").asString()).isEqualTo("Open the Berlin office");
		assertThat(wins.get(0).has("from")).isFalse();
	}

	@Test
	void aMemberWritesAWinThatShowsWithWhoWroteIt() {
		Person member = person("member");
		String team = team("Written wins");
		join(team, member, false);
		String path = "/api/v1/teams/" + team + "/weeks/" + thisWeek();
		Reply written = member.api().post(path + "/wins", Map.of("text", "First paying customer in Spain"));
		assertThat(written.status()).as(written.toString()).isEqualTo(201);
		assertThat(written.field("kind")).isEqualTo("written");
		assertThat(written.header("Location")).endsWith(path);

		List<JsonNode> wins = wins(team, thisWeek());
		assertThat(wins).hasSize(1);
		assertThat(wins.get(0).get("text").asString()).isEqualTo("First paying customer in Spain");
		assertThat(wins.get(0).get("authorId").asString()).isEqualTo(member.id());
		assertThat(wins.get(0).get("authorName").asString()).isEqualTo("A member");
	}

	@Test
	void writtenWinsRefuseBadTextFutureWeeksAndPeopleOutsideTheTeam() {
		String team = team("Refused wins");
		String path = "/api/v1/teams/" + team + "/weeks/";
		assertThat(this.admin.post(path + thisWeek() + "/wins", Map.of("text", "")).errorFields())
			.containsExactly("text");
		assertThat(this.admin.post(path + thisWeek() + "/wins", Map.of("text", "w".repeat(201))).errorFields())
			.containsExactly("text");
		String nextWeek = Week.holding(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).next().toString();
		Reply future = this.admin.post(path + nextWeek + "/wins", Map.of("text", "Not yet"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.errorFields()).containsExactly("week");
		assertThat(person("member").api().post(path + thisWeek() + "/wins", Map.of("text", "Mine")).status())
			.isEqualTo(403);
		Person viewer = person("viewer");
		join(team, viewer, false);
		assertThat(viewer.api().post(path + thisWeek() + "/wins", Map.of("text", "Mine")).status()).isEqualTo(403);
	}

	private List<JsonNode> wins(String team, String week) {
		Reply reply = this.admin.get("/api/v1/teams/" + team + "/weeks/" + week);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("wins").valueStream().toList();
	}

}
