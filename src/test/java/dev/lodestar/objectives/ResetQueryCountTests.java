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
 * The reset page, the team page with its past cycles and a key result's page with its
 * lineage run as many SQL statements for much data as for little.
 */
class ResetQueryCountTests extends ApiTest {

	@Test
	void theResetPageDoesNotGrowWithObjectivesOrCarryOvers() {
		Person lead = person("member");
		String few = team("Few");
		String many = team("Many");
		join(few, lead, true);
		join(many, lead, true);
		String cycle = cycle("execute");
		List<String> manyObjectives = new ArrayList<>();
		objectiveWithKeyResults(cycle, few, lead);
		for (int i = 0; i < 6; i++) {
			manyObjectives.add(objectiveWithKeyResults(cycle, many, lead));
		}
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		String next = cycle("prepare");
		for (String objective : manyObjectives.subList(0, 3)) {
			carry(objective, next);
		}
		this.admin.post("/api/v1/objectives/" + manyObjectives.get(3) + "/drop", Map.of("reason", "No longer needed"));
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		browser.get("/cycles/" + cycle + "/reset?team=" + few);
		long forFew = statements(browser, "/cycles/" + cycle + "/reset?team=" + few, "Reset ");
		long forMany = statements(browser, "/cycles/" + cycle + "/reset?team=" + many, "Carried into");
		System.out.println("Reset page statements: " + forFew + " with 1 objective, " + forMany + " with 6");
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(25);
	}

	@Test
	void theTeamPageWithPastCyclesDoesNotGrowWithCycles() {
		Person lead = person("member");
		String few = team("One past cycle");
		String many = team("Five past cycles");
		join(few, lead, true);
		join(many, lead, true);
		String current = cycle("execute");
		pastCycle(few, lead);
		for (int i = 0; i < 5; i++) {
			pastCycle(many, lead);
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		browser.get("/teams/" + few + "?cycle=" + current);
		long forFew = statements(browser, "/teams/" + few + "?cycle=" + current, "Past cycles");
		long forMany = statements(browser, "/teams/" + many + "?cycle=" + current, "Past cycles");
		System.out.println("Team page statements: " + forFew + " with 1 past cycle, " + forMany + " with 5");
		assertThat(forMany).isEqualTo(forFew);
	}

	@Test
	void aKeyResultPageWithALongLineageRunsAsManyStatementsAsWithOne() {
		Person owner = person("member");
		String alone = keyResult(objective(cycle("execute"), null), owner.id());
		String objective = objective(cycle("reflect"), null);
		String first = keyResult(objective, owner.id());
		String last = first;
		for (int i = 0; i < 4; i++) {
			String next = cycle("prepare");
			String copy = carry(objective, next);
			objective = copy;
			last = this.admin.get("/api/v1/objectives/" + copy).json().get("keyResults").get(0).get("id").asString();
			for (String phase : new String[] { "set", "execute", "reflect" }) {
				this.admin.post("/api/v1/cycles/" + next + "/phase", Map.of("phase", phase));
			}
		}
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		browser.get("/key-results/" + alone);
		long forOne = statements(browser, "/key-results/" + alone, "Check-ins");
		long forChain = statements(browser, "/key-results/" + last, "Lineage across cycles");
		long forMiddle = statements(browser, "/key-results/" + first, "Lineage across cycles");
		System.out.println("Key-result page statements: " + forOne + " alone, " + forChain + " with a chain of 5");
		assertThat(forChain).isEqualTo(forOne);
		assertThat(forMiddle).isEqualTo(forOne);
		String body = browser.get("/key-results/" + last).body();
		String table = body.substring(body.indexOf("lineage-table"),
				body.indexOf("</table>", body.indexOf("lineage-table")));
		assertThat(table.split("<tr").length - 1).as("the heading row and five key results").isEqualTo(6);
	}

	private void pastCycle(String team, Person lead) {
		String cycle = cycle("execute");
		objectiveWithKeyResults(cycle, team, lead);
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
	}

	private String carry(String objective, String cycle) {
		Reply reply = this.admin.post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", cycle));
		return created(reply);
	}

	private long statements(SignedInBrowser browser, String path, String expected) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(expected);
		});
	}

	private String objectiveWithKeyResults(String cycle, String team, Person owner) {
		String objective = objective(cycle, team);
		for (int i = 0; i < 2; i++) {
			String keyResult = keyResult(objective, owner.id());
			owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20 + i, "confidence", 7));
		}
		return objective;
	}

}
