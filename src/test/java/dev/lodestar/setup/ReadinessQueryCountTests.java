package dev.lodestar.setup;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness of a cycle, through the API and as a page, runs as many SQL statements
 * after teams, leads, people and company objectives are added as before: every check is a
 * count, none a loop over teams or people.
 */
class ReadinessQueryCountTests extends ApiTest {

	@Autowired
	Scheduler scheduler;

	@Test
	void statementsStayFlatAsTheOrganisationGrows() {
		Person champion = person("champion");
		String cycle = cycle("prepare");
		String api = "/api/v1/cycles/" + cycle + "/readiness";
		String page = "/cycles/" + cycle + "/readiness";
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, champion.email(), PASSWORD);
		this.scheduler.pause();
		try {
			long apiBefore = fewest(() -> assertThat(champion.api().get(api).status()).isEqualTo(200));
			long pageBefore = fewest(() -> assertThat(browser.get(page).statusCode()).isEqualTo(200));

			for (int i = 0; i < 6; i++) {
				String team = team("Grown " + UUID.randomUUID());
				join(team, person("member"), true);
				join(team, person("member"), false);
				objective(cycle, null);
			}

			long apiAfter = fewest(() -> assertThat(champion.api().get(api).status()).isEqualTo(200));
			long pageAfter = fewest(() -> assertThat(browser.get(page).statusCode()).isEqualTo(200));
			System.out.println("Readiness: the API runs " + apiBefore + " statements before and " + apiAfter
					+ " after 6 teams, 12 people and 6 objectives; the page " + pageBefore + " and " + pageAfter);
			assertThat(apiAfter).isEqualTo(apiBefore);
			assertThat(pageAfter).isEqualTo(pageBefore);
			assertThat(apiBefore).isLessThan(15);
		}
		finally {
			this.scheduler.resume();
		}
	}

	private long fewest(Runnable request) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			fewest = Math.min(fewest, this.queries.during(request));
		}
		return fewest;
	}

}
