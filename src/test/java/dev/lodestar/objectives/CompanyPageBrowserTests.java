package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class CompanyPageBrowserTests extends BrowserTest {

	@Test
	void filtersByTeamAndAtRiskAndFindsWords() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String payments = team("Payments " + UUID.randomUUID());
		String growth = team("Growth " + UUID.randomUUID());
		objective(cycle, null, "Grow revenue sustainably", "The company's one big bet this year.");
		String paying = objective(cycle, payments, "Make paying effortless",
				"Cut checkout friction by 100% where we can.");
		String markets = objective(cycle, growth, "Win two new markets", null);
		checkIn(keyResult(paying, owner.id()), owner, 4);
		checkIn(keyResult(markets, owner.id()), owner, 8);
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/company?cycle=" + cycle));

		Locator cards = this.page.locator(".objective-card");
		assertThat(cards).hasCount(3);
		assertThat(this.page.locator(".team-group-name").first()).hasText("Company-wide");
		screenshot("company");
		assertAccessible();

		this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).selectOption(payments);
		assertThat(cards).hasCount(1);
		assertThat(cards).containsText(new String[] { "Make paying effortless" });
		assertThat(this.page).hasURL(Pattern.compile("team=" + payments));

		this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).selectOption("");
		assertThat(cards).hasCount(3);
		this.page.getByLabel("At risk").check();
		assertThat(cards).hasCount(1);
		assertThat(cards.first()).containsText("Make paying effortless");
		assertThat(cards.first().locator(".confidence.at-risk").first()).isVisible();

		this.page.getByLabel("At risk").uncheck();
		assertThat(cards).hasCount(3);
		this.page.getByLabel("Search").fill("100%");
		this.page.getByLabel("Search").press("Enter");
		assertThat(cards).hasCount(1);
		assertThat(cards.first()).containsText("Make paying effortless");
		this.page.getByLabel("Search").fill("two new");
		this.page.getByLabel("Search").press("Enter");
		assertThat(cards).hasCount(1);
		assertThat(cards.first()).containsText("Win two new markets");
		this.page.getByLabel("Search").fill("1_0");
		this.page.getByLabel("Search").press("Enter");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No objectives match")))
			.isVisible();
		assertAccessible();

		this.page.getByLabel("Search").fill("");
		this.page.getByLabel("Key-result owner").fill("MEMB");
		this.page.getByLabel("Key-result owner").press("Enter");
		assertThat(cards).hasCount(2);
		assertThat(this.page).hasURL(Pattern.compile("owner=MEMB"));
		this.page.navigate(url("/company?cycle=" + cycle + "&owner=" + owner.id()));
		assertThat(cards).hasCount(2);
		assertThat(this.page.getByLabel("Key-result owner")).hasValue("A member");
	}

	@Test
	void findsKeyResultTitlesAndWorksWithoutScript() {
		Person owner = person("member");
		String cycle = cycle("execute");
		keyResult(objective(cycle, null, "Delight our customers", null), owner.id());
		objective(cycle, null, "Hire a great team", null);
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/company?cycle=" + cycle + "&q=WEEKLY+active"));
		assertThat(this.page.locator(".objective-card")).hasCount(1);
		assertThat(this.page.locator(".objective-card")).containsText("Delight our customers");
		assertThat(this.page.locator(".objective-card .kr-lines")).containsText("Weekly active teams");
	}

	@Test
	void nextPageKeepsTheFilters() {
		String cycle = cycle("execute");
		String team = team("Paged " + UUID.randomUUID());
		for (int i = 0; i < 27; i++) {
			objective(cycle, team, "Delight customer group " + i, null);
		}
		objective(cycle, team, "Something else entirely", null);
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/company?cycle=" + cycle + "&team=" + team + "&q=delight"));
		assertThat(this.page.locator(".results-count")).containsText("27 objectives");
		assertThat(this.page.locator(".objective-card")).hasCount(25);
		Locator next = this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next"));
		assertThat(next).hasAttribute("href",
				Pattern.compile("cycle=" + cycle + ".*team=" + team + ".*q=delight.*page=2"));
		next.click();
		assertThat(this.page.locator(".objective-card")).hasCount(2);
		assertThat(this.page).hasURL(Pattern.compile("team=" + team + ".*q=delight.*page=2"));
		assertThat(this.page.getByLabel("Search")).hasValue("delight");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous"))).isVisible();
		this.page.setViewportSize(390, 844);
		screenshot("company-phone");
		assertAccessible();
	}

	private String objective(String cycle, String team, String title, String description) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycle, "title", title));
		if (team != null) {
			body.put("teamId", team);
		}
		if (description != null) {
			body.put("description", description);
		}
		return created(this.admin.post("/api/v1/objectives", body));
	}

	private void checkIn(String keyResult, Person owner, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", confidence));
		org.assertj.core.api.Assertions.assertThat(reply.status()).isEqualTo(201);
	}

}
