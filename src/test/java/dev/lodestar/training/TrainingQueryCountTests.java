package dev.lodestar.training;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page and API, the training page and My week run as many SQL statements
 * with many people who completed modules as with a few: the completions of the people
 * shown are read in one query.
 */
class TrainingQueryCountTests extends ApiTest {

	@Autowired
	private TrainingCatalogue catalogue;

	@Test
	void statementsDoNotGrowWithPeople() {
		Person champion = person("champion");
		Person lead = person("member");
		String team = team("Training " + UUID.randomUUID());
		join(team, lead, true);
		people(team, 2);
		SignedInBrowser asChampion = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		SignedInBrowser asLead = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		asChampion.get("/training/progress?team=" + team);
		asLead.get("/training/progress");
		asLead.get("/");
		long championFew = statements(asChampion, "/training/progress?team=" + team);
		long leadFew = statements(asLead, "/training/progress");
		long trainingFew = statements(asLead, "/training");
		long myWeekFew = statements(asLead, "/");
		long apiFew = this.queries.during(
				() -> assertThat(lead.api().get("/api/v1/training/progress?teamId=" + team).json().get("total").asInt())
					.isEqualTo(3));

		people(team, 10);
		// joining a team changes the teams, which the champion's page keeps: read again
		// once
		asChampion.get("/training/progress?team=" + team);
		long championMany = statements(asChampion, "/training/progress?team=" + team);
		long leadMany = statements(asLead, "/training/progress");
		long trainingMany = statements(asLead, "/training");
		long myWeekMany = statements(asLead, "/");
		long apiMany = this.queries.during(
				() -> assertThat(lead.api().get("/api/v1/training/progress?teamId=" + team).json().get("total").asInt())
					.isEqualTo(13));
		System.out.println("Training pages' statements: champion's progress " + championFew + " / " + championMany
				+ ", lead's progress " + leadFew + " / " + leadMany + ", training " + trainingFew + " / " + trainingMany
				+ ", My week " + myWeekFew + " / " + myWeekMany + ", API " + apiFew + " / " + apiMany);
		assertThat(championMany).isEqualTo(championFew);
		assertThat(leadMany).isEqualTo(leadFew);
		assertThat(trainingMany).isEqualTo(trainingFew);
		assertThat(myWeekMany).isEqualTo(myWeekFew);
		assertThat(apiMany).isEqualTo(apiFew);
		assertThat(championFew).isLessThan(25);
	}

	private long statements(SignedInBrowser browser, String path) {
		return this.queries.during(() -> {
			var page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
		});
	}

	/** {@code count} members of the team, each of whom completed two modules. */
	private void people(String team, int count) {
		for (int i = 0; i < count; i++) {
			Person member = person("member");
			join(team, member, false);
			for (String id : new String[] { "okrs-and-why", "writing-objectives" }) {
				Map<String, String> answers = new java.util.HashMap<>();
				this.catalogue.find(id)
					.orElseThrow()
					.questions()
					.forEach((question) -> answers.put(question.id(), question.answer()));
				assertThat(member.api()
					.post("/api/v1/training/modules/" + id + "/answers", Map.of("answers", answers))
					.json()
					.get("passed")
					.asBoolean()).isTrue();
			}
		}
	}

}
