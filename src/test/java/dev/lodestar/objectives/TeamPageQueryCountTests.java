package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team page runs as many SQL statements for a team with many objectives, dependencies,
 * links or shared objectives as for one with a few, for a lead (who gets the forms, and
 * the decisions on what other teams ask) and for a viewer.
 */
class TeamPageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithObjectives() {
		Person lead = person("member");
		Person viewer = person("viewer");
		String few = team("Few objectives");
		String many = team("Many objectives");
		for (String team : new String[] { few, many }) {
			join(team, lead, true);
			join(team, viewer, false);
		}
		String cycle = cycle("execute");
		String fewKeyResult = null;
		String manyKeyResult = null;
		for (int i = 0; i < 2; i++) {
			fewKeyResult = objectiveWithCheckIns(cycle, few, lead);
		}
		for (int i = 0; i < 8; i++) {
			manyKeyResult = objectiveWithCheckIns(cycle, many, lead);
		}
		String other = team("Asks and is asked");
		String otherKeyResult = keyResult(objective(cycle, other), lead.id());
		dependencies(cycle, few, fewKeyResult, other, otherKeyResult, 1);
		dependencies(cycle, many, manyKeyResult, other, otherKeyResult, 5);
		for (Person person : new Person[] { lead, viewer }) {
			SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
			browser.get("/teams/" + few + "?cycle=" + cycle);
			long forFew = statements(browser, "/teams/" + few + "?cycle=" + cycle);
			long forMany = statements(browser, "/teams/" + many + "?cycle=" + cycle);
			System.out.println("Team page statements for a " + person.email().split("-")[0] + ": " + forFew
					+ " with 2 objectives and 2 dependencies, " + forMany + " with 8 and 10");
			assertThat(forMany).isEqualTo(forFew);
			assertThat(forFew).isLessThan(33); // the menu's count of reviews waiting
												// takes up to three
			assertThat(browser.get("/teams/" + few + "?cycle=" + cycle).body()).contains("Asked of us 0");
		}
	}

	@Test
	void statementsDoNotGrowWithLinks() {
		Person lead = person("member");
		String few = team("Few links");
		String many = team("Many links");
		join(few, lead, true);
		join(many, lead, true);
		String cycle = cycle("execute");
		String company = objective(cycle, null);
		String rollup = created(this.admin.post("/api/v1/objectives/" + company + "/key-results",
				Map.of("title", "Rolled up", "ownerId", lead.id(), "type", "rollup")));
		List<Map<String, Object>> parents = new ArrayList<>();
		parents.add(Map.of("keyResultId", rollup, "weight", 2));
		for (int i = 0; i < 4; i++) {
			parents.add(Map.of("objectiveId", objective(cycle, null), "weight", 1 + i));
		}
		for (int i = 0; i < 2; i++) {
			linkedObjective(cycle, few, lead, parents.subList(0, 1));
			linkedObjective(cycle, many, lead, parents);
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		browser.get("/teams/" + few + "?cycle=" + cycle);
		long forFew = statements(browser, "/teams/" + few + "?cycle=" + cycle);
		long forMany = statements(browser, "/teams/" + many + "?cycle=" + cycle);
		System.out.println("Team page statements: " + forFew + " with a link per objective, " + forMany + " with 5");
		assertThat(forMany).isEqualTo(forFew);
		assertThat(browser.get("/teams/" + many + "?cycle=" + cycle).body()).contains("weight 4");
	}

	@Test
	void statementsDoNotGrowWithSharedObjectives() {
		Person lead = person("member");
		String few = team("Few shared");
		String many = team("Many shared");
		join(few, lead, true);
		join(many, lead, true);
		String cycle = cycle("execute");
		for (int i = 0; i < 2; i++) {
			sharedObjective(cycle, few, team("Partner of few " + i), lead);
		}
		for (int i = 0; i < 8; i++) {
			sharedObjective(cycle, many, team("Partner of many " + i), lead);
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		browser.get("/teams/" + few + "?cycle=" + cycle);
		long forFew = statements(browser, "/teams/" + few + "?cycle=" + cycle);
		long forMany = statements(browser, "/teams/" + many + "?cycle=" + cycle);
		System.out.println("Team page statements: " + forFew + " with 2 shared objectives, " + forMany + " with 8");
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(33); // the menu's count of reviews waiting takes up
											// to three
		assertThat(browser.get("/teams/" + many + "?cycle=" + cycle).body()).contains("Partner of many 7");
	}

	/**
	 * An objective of another team shared with {@code team}, with a key result checked
	 * in.
	 */
	private void sharedObjective(String cycle, String team, String partner, Person owner) {
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamIds", List.of(partner, team), "title", "Shared")));
		String keyResult = keyResult(objective, owner.id());
		assertThat(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7))
			.status()).isEqualTo(201);
	}

	private void linkedObjective(String cycle, String team, Person owner, List<Map<String, Object>> parents) {
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Linked", "contributesTo", parents)));
		String keyResult = keyResult(objective, owner.id());
		assertThat(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7))
			.status()).isEqualTo(201);
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<polyline").contains("id=\"team-dependencies\"");
		});
	}

	/** An objective with two key results checked in; answers the last key result. */
	private String objectiveWithCheckIns(String cycle, String team, Person owner) {
		String objective = objective(cycle, team);
		String keyResult = null;
		for (int i = 0; i < 2; i++) {
			keyResult = keyResult(objective, owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 20 + i, "confidence", 7, "note", "on our way"));
			assertThat(reply.status()).isEqualTo(201);
		}
		return keyResult;
	}

	/**
	 * {@code count} dependencies each way between a team and another, for key results;
	 * the first one asked of the team is accepted with a note.
	 */
	private void dependencies(String cycle, String team, String keyResult, String other, String otherKeyResult,
			int count) {
		for (int i = 0; i < count; i++) {
			created(this.admin.post("/api/v1/dependencies", Map.of("cycleId", cycle, "fromTeamId", team, "toTeamId",
					other, "keyResultId", keyResult, "description", "Asked of the other " + i)));
			String asked = created(this.admin.post("/api/v1/dependencies", Map.of("cycleId", cycle, "fromTeamId", other,
					"toTeamId", team, "keyResultId", otherKeyResult, "description", "Asked of us " + i)));
			if (i == 0) {
				Reply decided = this.admin.post("/api/v1/dependencies/" + asked + "/decision",
						Map.of("decision", "accepted", "note", "Glad to"));
				assertThat(decided.status()).isEqualTo(200);
			}
		}
	}

}
