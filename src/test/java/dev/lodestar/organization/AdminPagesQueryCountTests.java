package dev.lodestar.organization;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycles, teams, people and tokens pages run as many SQL statements with more cycles,
 * teams, people, members and tokens as with fewer.
 */
class AdminPagesQueryCountTests extends ApiTest {

	private static final List<String> PAGES = List.of("/cycles", "/admin/teams", "/admin/people", "/profile/tokens");

	@Test
	void statementsDoNotGrowWithTheOrganisation() {
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		grow();
		PAGES.forEach(browser::get);
		List<Long> before = PAGES.stream().map((page) -> statements(browser, page)).toList();
		grow();
		grow();
		// the cycles changed: each instance reads the current cycle again once
		PAGES.forEach(browser::get);
		List<Long> after = PAGES.stream().map((page) -> statements(browser, page)).toList();
		assertThat(after).isEqualTo(before);
		System.out.println("Statements per page " + PAGES + ": " + after);
		assertThat(after).allMatch((count) -> count < 20);
	}

	private long statements(SignedInBrowser browser, String page) {
		return this.queries.during(() -> assertThat(browser.get(page).statusCode()).isEqualTo(200));
	}

	private void grow() {
		String parent = team("Department");
		String child = created(this.admin.post("/api/v1/teams", java.util.Map.of("name", "Team", "parentId", parent)));
		for (int i = 0; i < 3; i++) {
			Person person = person("member");
			join(child, person, i == 0);
			join(parent, person, false);
		}
		cycle("set");
		token(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

}
