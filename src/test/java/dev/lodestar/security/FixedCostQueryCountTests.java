package dev.lodestar.security;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.organization.Actor;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;
import dev.lodestar.testing.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in page view costs before the page's own work: the session, the actor and
 * the menu around the page. Measured on a page that reads nothing of its own.
 */
@Import(FixedCostQueryCountTests.EmptyPage.class)
class FixedCostQueryCountTests extends ApiTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * The session (read, not written: its last access is less than a minute old) and the
	 * person with their teams, unread notifications and the cycles' version; the current
	 * cycle is kept by the instance. It was ten statements: the session read twice and
	 * written, the person read twice, their led teams, their teams, the open cycles, the
	 * teams' names, the unread notifications.
	 */
	@Test
	void aMembersPageViewCostsTwoStatements() {
		Person member = person("member");
		join(team("Fixed cost " + member.id()), member, false);
		cycle("execute");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		browser.get("/testing/fixed-cost");
		List<String> statements = statementsOf(browser);
		assertThat(statements).as(String.join("\n", statements)).hasSize(2);
		assertThat(statements.get(0)).containsIgnoringCase("from spring_session");
		assertThat(statements.get(1)).contains("from person p");
	}

	/**
	 * A lead also sees the menu's entry "Reviews", whose count of what waits for their
	 * review reads the objectives in review and whether review is required: two more, and
	 * while objectives wait for review (as other tests of the run leave them) also their
	 * teams and review steps: four more. This is what issue 18 still has to take away.
	 */
	@Test
	void aLeadsPageViewCostsTwoMoreForTheReviewsEntry() {
		Person lead = person("member");
		join(team("Fixed cost " + lead.id()), lead, true);
		cycle("execute");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		browser.get("/testing/fixed-cost");
		List<String> statements = statementsOf(browser);
		assertThat(statements).as(String.join("\n", statements)).hasSizeBetween(4, 6);
		assertThat(statements.get(0)).containsIgnoringCase("from spring_session");
		assertThat(statements.get(1)).contains("from person p");
		assertThat(statements.get(2)).containsIgnoringCase("from objective where status = 'IN_REVIEW'");
	}

	/**
	 * Nothing about the person is kept between requests, and the current cycle only under
	 * the cycles' version in the database: a change written to the database behind this
	 * instance (as another instance writes it) shows at the next request.
	 */
	@Test
	void aChangeWrittenByAnotherInstanceShowsAtTheNextRequest() {
		Person member = person("member");
		cycle("execute");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		assertThat(browser.get("/testing/fixed-cost").body()).doesNotContain("Teams &amp; people");

		this.jdbc.sql("update person set role = 'ADMIN' where id = ?").param(UUID.fromString(member.id())).update();
		assertThat(browser.get("/testing/fixed-cost").body()).contains("Teams &amp; people");

		// whichever cycle is current (other tests made cycles too), its new name shows
		// once the cycles' version moved, as Cycles moves it with every change
		String renamed = " renamed " + UUID.randomUUID();
		this.jdbc.sql("update cycle set name = concat(name, ?)").param(renamed).update();
		assertThat(browser.get("/testing/fixed-cost").body()).as("kept until the version moves")
			.doesNotContain(renamed);
		this.jdbc.sql("update data_version set version = version + 1 where name = 'cycles'").update();
		assertThat(browser.get("/testing/fixed-cost").body()).contains(renamed);

		this.jdbc.sql("update person set status = 'DEACTIVATED' where id = ?")
			.param(UUID.fromString(member.id()))
			.update();
		var deactivated = browser.get("/testing/fixed-cost");
		assertThat(deactivated.statusCode()).as(deactivated.body()).isNotEqualTo(200);
		assertThat(deactivated.body()).doesNotContain("A page that reads nothing of its own");
	}

	private List<String> statementsOf(SignedInBrowser browser) {
		List<List<String>> seen = new java.util.ArrayList<>();
		this.queries.during(() -> seen.add(StatementLog.during(this.dataSource, () -> {
			assertThat(browser.get("/testing/fixed-cost").statusCode()).isEqualTo(200);
			this.queries.during(() -> {
			});
		})));
		return seen.get(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(EmptyPageController.class)
	static class EmptyPage {

	}

	@Controller
	static class EmptyPageController {

		@GetMapping("/testing/fixed-cost")
		String page(Actor actor) {
			return "testing/fixed-cost";
		}

	}

}
