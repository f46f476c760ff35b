package dev.lodestar.rhythm;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monday and Friday pages answer a week they cannot show with a redirect to its
 * Monday or a 400 page, and a team that does not exist with a 404.
 */
class RhythmPagesTests extends ApiTest {

	@Test
	void aDayThatIsNotAMondayRedirectsAndTextThatIsNotADateIsRefused() {
		Person member = person("member");
		String team = team("Week addresses");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		for (String page : new String[] { "monday", "friday" }) {
			var wednesday = browser.get("/teams/" + team + "/" + page + "?week=2026-12-02");
			assertThat(wednesday.statusCode()).isEqualTo(302);
			assertThat(wednesday.headers().firstValue("Location").orElse(""))
				.endsWith("/teams/" + team + "/" + page + "?week=2026-11-30");
			var notADate = browser.get("/teams/" + team + "/" + page + "?week=next-week");
			assertThat(notADate.statusCode()).isEqualTo(400);
			assertThat(notADate.body()).contains("named by its Monday");
			for (String far : new String[] { "%2B999999999-12-27", "0000-01-03", "+10000-01-03", "%FF", "%C3%28" }) {
				assertThat(browser.get("/teams/" + team + "/" + page + "?week=" + far).statusCode()).as(far)
					.isEqualTo(400);
			}
			assertThat(browser.get("/teams/" + java.util.UUID.randomUUID() + "/" + page).statusCode()).isEqualTo(404);
			assertThat(browser.get("/teams/" + team + "/" + page + "?week=2026-11-30").statusCode()).isEqualTo(200);
		}
	}

}
