package dev.lodestar.templates;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template library runs as many SQL statements with many templates of the
 * organisation's own, teams and cycles as with a few, for the page and for the API's
 * list; and the coach's rule reads a batch of drafts with one statement.
 */
class TemplatesQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithTemplatesTeamsOrCycles() {
		team("Counted " + UUID.randomUUID());
		cycle("set");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.get("/templates");
		browser.get("/templates");
		long pageForFew = this.queries.during(() -> assertThat(browser.get("/templates").statusCode()).isEqualTo(200));
		long apiForFew = this.queries
			.during(() -> assertThat(this.admin.get("/api/v1/templates").status()).isEqualTo(200));
		for (int i = 0; i < 6; i++) {
			Map<String, Object> body = Map.of("area", "operations", "title", "Counted " + UUID.randomUUID(),
					"keyResults", List.of(Map.of("title", "Orders on time", "type", "percentage")));
			assertThat(this.admin.post("/api/v1/templates", body).status()).isEqualTo(201);
			team("Counted " + UUID.randomUUID());
			cycle("set");
		}
		// the first page after cycles changed reads the current cycle again, once
		browser.get("/templates");
		long pageForMany = this.queries.during(() -> assertThat(browser.get("/templates").statusCode()).isEqualTo(200));
		long apiForMany = this.queries
			.during(() -> assertThat(this.admin.get("/api/v1/templates").status()).isEqualTo(200));
		assertThat(pageForMany).isEqualTo(pageForFew);
		assertThat(apiForMany).isEqualTo(apiForFew);
		assertThat(pageForFew).isLessThan(15);
	}

}
