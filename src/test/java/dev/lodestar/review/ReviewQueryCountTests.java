package dev.lodestar.review;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of what waits for a review, the teams' standing in a cycle and My week run as
 * many SQL statements with many teams and objectives in review as with a few, for a
 * champion and for a lead of a parent team.
 */
class ReviewQueryCountTests extends ApiTest {

	@AfterEach
	void reviewOff() {
		this.admin.patch("/api/v1/settings", Map.of("objectiveReview", "off"));
	}

	@Test
	void statementsDoNotGrowWithTeamsAndObjectives() {
		assertThat(this.admin.patch("/api/v1/settings", Map.of("objectiveReview", "required")).status()).isEqualTo(200);
		Person champion = person("champion");
		Person parentLead = person("member");
		String parent = team("Parent " + UUID.randomUUID());
		join(parent, parentLead, true);
		String cycle = cycle("set");
		submitted(cycle, parent, 2);
		SignedInBrowser asChampion = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		SignedInBrowser asLead = SignedInBrowser.signIn(this.port, parentLead.email(), PASSWORD);
		asChampion.get("/reviews");
		asLead.get("/reviews");
		asLead.get("/");
		long reviewsFew = statements(asChampion, "/reviews");
		long standingFew = statements(asChampion, "/reviews/teams?cycle=" + cycle);
		long leadFew = statements(asLead, "/reviews");
		long myWeekFew = statements(asLead, "/");

		submitted(cycle, parent, 10);
		long reviewsMany = statements(asChampion, "/reviews");
		long standingMany = statements(asChampion, "/reviews/teams?cycle=" + cycle);
		long leadMany = statements(asLead, "/reviews");
		long myWeekMany = statements(asLead, "/");
		System.out.println("Review pages' statements: waiting list " + reviewsFew + " / " + reviewsMany + ", standing "
				+ standingFew + " / " + standingMany + ", a parent lead's list " + leadFew + " / " + leadMany
				+ ", My week " + myWeekFew + " / " + myWeekMany);
		assertThat(reviewsMany).isEqualTo(reviewsFew);
		assertThat(standingMany).isEqualTo(standingFew);
		assertThat(leadMany).isEqualTo(leadFew);
		assertThat(myWeekMany).isEqualTo(myWeekFew);
		assertThat(standingFew).isLessThan(25);
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
		});
	}

	/**
	 * {@code count} teams below the parent, each with a lead who submits a draft for
	 * review, and each with a second draft the parent's lead sends back and a third left
	 * as a draft.
	 */
	private void submitted(String cycle, String parent, int count) {
		for (int i = 0; i < count; i++) {
			Person lead = person("member");
			String team = created(this.admin.post("/api/v1/teams",
					Map.of("name", "Below " + i + " " + UUID.randomUUID(), "parentId", parent)));
			join(team, lead, true);
			String submitted = objective(cycle, team);
			Reply reply = lead.api().post("/api/v1/objectives/" + submitted + "/review", Map.of("action", "submit"));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			String sentBack = objective(cycle, team);
			lead.api().post("/api/v1/objectives/" + sentBack + "/review", Map.of("action", "submit"));
			Reply back = this.admin.post("/api/v1/objectives/" + sentBack + "/review",
					Map.of("action", "request-changes", "comment", "Say why " + i));
			assertThat(back.status()).as(back.toString()).isEqualTo(200);
			objective(cycle, team);
		}
	}

}
