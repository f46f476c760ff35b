package dev.lodestar.coach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle's coach summary, over the API and as the champions' page, runs as many SQL
 * statements with many objectives, key results, teams and shared objectives as with a
 * few; so does the coach on one objective with many key results.
 */
class CoachQueryCountTests extends ApiTest {

	@Test
	void theCycleSummaryDoesNotGrowWithObjectives() {
		Person champion = person("champion");
		String few = cycle("set");
		String many = cycle("set");
		fill(few, 2);
		fill(many, 12);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		// both cycles' indexes built first: building reads the cycle's texts once more,
		// alike for both
		browser.get("/cycles/" + few + "/coach");
		champion.api().get("/api/v1/cycles/" + few + "/coach");
		champion.api().get("/api/v1/cycles/" + many + "/coach");

		long apiFew = statements(
				() -> assertThat(champion.api().get("/api/v1/cycles/" + few + "/coach").status()).isEqualTo(200));
		long apiMany = statements(() -> {
			Reply reply = champion.api().get("/api/v1/cycles/" + many + "/coach");
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.json().get("objectives").asInt()).isEqualTo(12 * 3 + 1);
		});
		long pageFew = statements(
				() -> assertThat(browser.get("/cycles/" + few + "/coach").statusCode()).isEqualTo(200));
		long pageMany = statements(
				() -> assertThat(browser.get("/cycles/" + many + "/coach").body()).contains("class=\"coach-team\""));
		System.out.println("The coach's cycle summary's statements: API " + apiFew + " with 2 teams, " + apiMany
				+ " with 12; page " + pageFew + " and " + pageMany);
		assertThat(apiMany).isEqualTo(apiFew);
		assertThat(pageMany).isEqualTo(pageFew);
		assertThat(apiFew).isLessThan(15);
	}

	@Test
	void oneObjectiveDoesNotGrowWithItsKeyResults() {
		Person lead = person("member");
		String cycle = cycle("set");
		String team = team("Counted");
		String few = objective(cycle, team);
		String many = objective(cycle, team);
		keyResult(few, lead.id(), "Publish 10 blog posts");
		for (int i = 0; i < 8; i++) {
			keyResult(many, lead.id(), "Publish " + i + " blog posts");
		}
		lead.api().get("/api/v1/objectives/" + few + "/coach");
		long onFew = statements(() -> lead.api().get("/api/v1/objectives/" + few + "/coach"));
		long onMany = statements(() -> lead.api().get("/api/v1/objectives/" + many + "/coach"));
		assertThat(onMany).isEqualTo(onFew);
	}

	private long statements(Runnable call) {
		return this.queries.during(call);
	}

	/**
	 * {@code teams} teams, each with three objectives (one committed, one shared with the
	 * next team, one with two key results), and one company-wide objective.
	 */
	private void fill(String cycle, int teams) {
		Person owner = person("member");
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < teams; i++) {
			ids.add(team("Team " + i));
		}
		for (int i = 0; i < teams; i++) {
			String team = ids.get(i);
			Map<String, Object> committed = new HashMap<>(
					Map.of("cycleId", cycle, "teamId", team, "title", "Launch the new app", "kind", "committed"));
			created(this.admin.post("/api/v1/objectives", committed));
			created(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "teamIds",
					List.of(team, ids.get((i + 1) % teams)), "title", "Delight our customers")));
			String measured = objective(cycle, team);
			keyResult(measured, owner.id(), "Checkout completion from 10 % to 50 %");
			keyResult(measured, owner.id(), "Hold 12 customer interviews");
		}
		objective(cycle, null);
	}

}
