package dev.lodestar.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alignment map runs as many SQL statements for a cycle with many teams, objectives,
 * links, shared objectives and dependencies as for one with a few, drawn whole or around
 * one team: on H2 ({@link AlignmentMapQueryCountTests}) and on PostgreSQL
 * ({@code AlignmentMapQueryCountOnPostgresTests}).
 */
abstract class AlignmentMapQueryCountScenarios extends ApiTest {

	@Test
	void statementsDoNotGrowWithObjectivesOrLinks() {
		Person owner = person("member");
		String few = cycle("set");
		String many = cycle("set");
		String fewTop = objective(few, null);
		keyResult(fewTop, owner.id());
		String fewTeam = team("Few " + few);
		String fewObjective = objective(few, fewTeam);
		link(fewObjective, fewTop);
		String fewOther = team("Few other " + few);
		ask(few, fewTeam, fewOther, keyResult(fewObjective, owner.id()));
		share(objective(few, fewOther), fewOther, fewTeam, fewTop);
		String manyTop = objective(many, null);
		String manyKeyResult = keyResult(manyTop, owner.id());
		String manyTeam = null;
		String previousTeam = team("Many first " + many);
		for (int i = 0; i < 8; i++) {
			manyTeam = team("Many " + i + " " + many);
			String objective = objective(many, manyTeam);
			String objectiveKeyResult = keyResult(objective, owner.id());
			ask(many, manyTeam, previousTeam, objectiveKeyResult);
			ask(many, previousTeam, manyTeam, null);
			share(objective(many, manyTeam), manyTeam, previousTeam, manyTop);
			previousTeam = manyTeam;
			var linked = this.admin.patch("/api/v1/objectives/" + objective, Map.of("contributesTo",
					List.of(Map.of("keyResultId", manyKeyResult, "weight", i + 1), Map.of("objectiveId", manyTop))));
			assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
			link(objective(many, manyTeam), objective);
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		browser.get("/alignment?cycle=" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/alignment?cycle=" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/alignment?cycle=" + many).statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		long teamFew = this.queries
			.during(() -> assertThat(browser.get("/alignment?cycle=" + few + "&team=" + fewTeam).statusCode())
				.isEqualTo(200));
		String last = manyTeam;
		long teamMany = this.queries
			.during(() -> assertThat(browser.get("/alignment?cycle=" + many + "&team=" + last).statusCode())
				.isEqualTo(200));
		assertThat(teamMany).isEqualTo(teamFew);
		assertThat(forFew).isLessThan(20);
	}

	/** One team asks another for something, for one of its key results or none. */
	private void ask(String cycle, String from, String to, String keyResult) {
		Map<String, Object> dependency = new HashMap<>(Map.of("cycleId", cycle, "fromTeamId", from, "toTeamId", to,
				"description", "A sandbox to test against"));
		if (keyResult != null) {
			dependency.put("keyResultId", keyResult);
		}
		var reply = this.admin.post("/api/v1/dependencies", dependency);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	/** The objective is shared by two teams and contributes to a parent. */
	private void share(String objective, String team, String other, String parent) {
		var reply = this.admin.patch("/api/v1/objectives/" + objective,
				Map.of("teamIds", List.of(team, other), "contributesTo", List.of(Map.of("objectiveId", parent))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private void link(String objective, String parent) {
		var reply = this.admin.patch("/api/v1/objectives/" + objective,
				Map.of("contributesTo", List.of(Map.of("objectiveId", parent))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

}
