package dev.lodestar.security;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
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

	@Test
	void aSignedInPageViewCostsAtMostTwoStatements() {
		Person member = person("member");
		String team = team("Fixed cost " + member.id());
		join(team, member, true);
		cycle("execute");
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		browser.get("/testing/fixed-cost");
		List<String> statements = statementsOf(browser);
		System.out.println("FIXED COST " + statements.size() + "\n" + String.join("\n", statements));
		assertThat(statements).hasSizeLessThanOrEqualTo(2);
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
