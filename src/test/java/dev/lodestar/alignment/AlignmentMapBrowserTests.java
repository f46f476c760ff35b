package dev.lodestar.alignment;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person opens the alignment map from the menu: the company's objective at the top, the
 * teams' objectives below it with their weights, the coverage of the cycle; then the map
 * around one team, found by part of its name; then a folded branch opened on its own.
 */
class AlignmentMapBrowserTests extends BrowserTest {

	@Test
	void aPersonReadsTheMapWholeAroundATeamAndBelowAFoldedObjective() {
		String cycle = cycle("set");
		Person lead = person("member");
		String company = objective(cycle, null);
		rename(company, "Grow revenue");
		String revenue = keyResult(company, lead.id(), "Revenue per quarter");
		String sales = team("Sales " + cycle.substring(0, 8));
		String checkout = team("Checkout " + cycle.substring(0, 8));
		team("Legal " + cycle.substring(0, 8));
		String salesObjective = objective(cycle, sales);
		rename(salesObjective, "Win the mid-market");
		String checkoutObjective = objective(cycle, checkout);
		rename(checkoutObjective, "Faster checkout");
		String deeper = objective(cycle, checkout);
		rename(deeper, "Fewer failed payments");
		String deepest = objective(cycle, checkout);
		rename(deepest, "Retry cards overnight");
		contribute(salesObjective, List.of(Map.of("keyResultId", revenue, "weight", 2)));
		contribute(checkoutObjective, List.of(Map.of("objectiveId", salesObjective, "weight", 1)));
		contribute(deeper, List.of(Map.of("objectiveId", checkoutObjective, "weight", 1)));
		contribute(deepest, List.of(Map.of("objectiveId", deeper, "weight", 1)));

		signIn(lead.email(), PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alignment")).click();
		this.page.getByLabel("Cycle", new Page.GetByLabelOptions().setExact(true)).selectOption(cycle);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		Locator top = this.page.locator("#node-" + company);
		assertThat(top).containsText("Grow revenue");
		assertThat(top).containsText("Company");
		assertThat(top.locator(".map-kr")).containsText("Revenue per quarter");
		assertThat(this.page.locator("#node-" + salesObjective)).containsText("weight 2");
		assertThat(this.page.locator("#node-" + deeper)).containsText("Open 1 contribution");
		assertThat(this.page.locator("#node-" + deepest)).hasCount(0);
		assertThat(this.page.locator(".coverage"))
			.containsText(java.util.regex.Pattern.compile("teams? without objectives"));
		screenshot("alignment-map");
		assertAccessible();

		this.page.locator("#node-" + deeper)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open 1 contribution"))
			.click();
		assertThat(this.page.locator(".map-above")).containsText("Faster checkout");
		assertThat(this.page.locator("#node-" + deepest)).containsText("Retry cards overnight");
		assertAccessible();

		this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).fill("ales " + cycle.substring(0, 8));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page.locator("#map-heading")).containsText("What Sales");
		assertThat(this.page.locator("#node-" + deepest)).containsText("Retry cards overnight");
		assertThat(this.page.locator("#node-" + company)).isVisible();
		screenshot("alignment-map-team");
		assertAccessible();

		this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).fill("no such team at all");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page.getByText("No team is called “no such team at all”.")).isVisible();
		assertThat(this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("no such team at all");
	}

	private void rename(String objective, String title) {
		var reply = this.admin.patch("/api/v1/objectives/" + objective, Map.of("title", title));
		org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private void contribute(String objective, List<Map<String, Object>> links) {
		var reply = this.admin.patch("/api/v1/objectives/" + objective, Map.of("contributesTo", links));
		org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

}
