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
 * An objective's page runs as many SQL statements for an objective with many key results,
 * check-ins and contributors as for one with few.
 */
class ObjectivePageQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithKeyResultsCheckInsOrContributors() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String few = objectiveWith(cycle, 1, owner);
		String many = objectiveWith(cycle, 6, owner);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.get("/objectives/" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + many).statusCode()).isEqualTo(200));
		assertThat(forMany).isEqualTo(forFew);
		// the menu's count of reviews waiting and the review's section take up to three
		assertThat(forFew).isLessThan(28);
	}

	@Test
	void statementsDoNotGrowWithParentsContributorsOrRollUpSources() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String few = linkedObjective(cycle, 1, owner);
		String many = linkedObjective(cycle, 5, owner);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.get("/objectives/" + few);
		long forFew = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + few).statusCode()).isEqualTo(200));
		long forMany = this.queries
			.during(() -> assertThat(browser.get("/objectives/" + many).statusCode()).isEqualTo(200));
		System.out.println("Objective page statements: " + forFew + " with 1 parent and contributor, " + forMany
				+ " with 5 of each");
		assertThat(forMany).isEqualTo(forFew);
		String page = browser.get("/objectives/" + many).body();
		assertThat(page).contains("Contributions from").contains("weight 3").contains("A roll-up: its progress");
	}

	/**
	 * An objective with a roll-up key result, contributing to {@code size} parents (an
	 * objective and key results), with {@code size} contributors to its roll-up.
	 */
	private String linkedObjective(String cycle, int size, Person owner) {
		List<Map<String, Object>> parents = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String parent = objective(cycle, null);
			parents.add((i % 2 == 0) ? Map.of("objectiveId", parent, "weight", 1 + i)
					: Map.of("keyResultId", keyResult(parent, owner.id()), "weight", 1 + i));
		}
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "title", "Linked", "contributesTo", parents)));
		String rollup = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Rolled up", "ownerId", owner.id(), "type", "rollup")));
		for (int i = 0; i < size; i++) {
			String child = created(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Child " + i,
					"contributesTo", List.of(Map.of("keyResultId", rollup, "weight", 1 + i)))));
			keyResult(child, owner.id());
		}
		return objective;
	}

	private String objectiveWith(String cycle, int size, Person owner) {
		String objective = objective(cycle, null);
		for (int i = 0; i < size; i++) {
			String keyResult = keyResult(objective, owner.id());
			Reply reply = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins",
						Map.of("value", 20 + i, "confidence", 7, "note", "Week " + i));
			assertThat(reply.status()).isEqualTo(201);
			created(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Contributor " + i,
					"alignedTo", Map.of("keyResultId", keyResult))));
		}
		return objective;
	}

}
