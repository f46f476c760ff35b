package dev.lodestar.objectives;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company page's summary, the team page's objectives at a glance and a key result's
 * chart, at a desktop's width and a phone's: status in words as well as colour, no
 * sideways scrolling, nothing axe objects to.
 */
class DashboardBrowserTests extends BrowserTest {

	private static final int[][] SIZES = { { 1280, 900 }, { 390, 844 } };

	@Test
	void theCompanyPageOpensOnTheCycleSummary() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String payments = team("Payments " + UUID.randomUUID());
		String growth = team("Growth " + UUID.randomUUID());
		String paying = objective(cycle, payments);
		checkIn(keyResult(paying, owner.id(), "Checkout completion rate"), owner, 40, 8);
		String markets = objective(cycle, growth);
		checkIn(keyResult(markets, owner.id(), "Signed partners in two new markets"), owner, 11, 2);
		keyResult(markets, owner.id(), "Not yet checked in");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/company?cycle=" + cycle));

		Locator rows = this.page.locator(".dashboard .pace-row");
		assertThat(rows).hasCount(2);
		Locator payingRow = rows.filter(new Locator.FilterOptions().setHasText("Payments"));
		assertThat(payingRow.locator(".confidence")).hasText("on track");
		assertThat(payingRow).containsText("75 % done · 33 % expected · confidence 8");
		Locator growthRow = rows.filter(new Locator.FilterOptions().setHasText("Growth"));
		assertThat(growthRow.locator(".confidence")).hasText("off track");
		assertThat(this.page.locator(".stack-legend")).containsText("1 on track");
		assertThat(this.page.locator(".stack-legend")).containsText("1 off track");
		assertThat(this.page.locator(".stack-legend")).containsText("1 not yet rated");
		Locator moves = this.page.locator(".moves .move");
		assertThat(moves).hasCount(2);
		assertThat(moves.first()).containsText("Checkout completion rate");
		assertThat(moves.first()).containsText("was 10, now 40");
		assertThat(moves.first()).containsText("+75 pts");
		assertThat(this.page.locator(".dashboard")).isVisible();
		assertThat(this.page.locator(".objective-card")).hasCount(2);
		atBothWidths("dashboard-company");
	}

	@Test
	void theTeamPageShowsItsObjectivesAtAGlance() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String team = team("Glance " + UUID.randomUUID());
		String ahead = objective(cycle, team);
		checkIn(keyResult(ahead, owner.id(), "Ahead of pace"), owner, 30, 9);
		String behind = objective(cycle, team);
		// a third of the cycle passed and no progress: 33 points behind is off track,
		// whatever the owner's confidence
		checkIn(keyResult(behind, owner.id(), "Far behind"), owner, 10, 8);
		String milestone = objective(cycle, team);
		milestone(milestone, owner.id(), "Ship the new checkout");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));

		Locator glance = this.page.locator(".glance");
		assertThat(glance.locator(".pace-row")).hasCount(3);
		assertThat(glance.locator(".glance-counts")).containsText("2 on track");
		assertThat(glance.locator(".glance-counts")).containsText("0 at risk");
		assertThat(glance.locator(".glance-counts")).containsText("1 off track");
		assertThat(glance.locator(".pace-row").nth(1).locator(".confidence")).hasText("off track");
		assertThat(glance.locator(".pace-row").last()).containsText("0 % done · 0 % expected");
		atBothWidths("dashboard-team");
	}

	@Test
	void aKeyResultsChartLabelsItsAxesAndShowsTheTarget() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, team("Charted " + UUID.randomUUID()));
		String metric = keyResult(objective, owner.id(), "Checkout completion rate");
		checkIn(metric, owner, 25, 7);
		String milestone = milestone(objective, owner.id(), "Ship the new checkout");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

		this.page.navigate(url("/key-results/" + metric));
		Locator chart = this.page.locator(".progress-chart svg");
		assertThat(chart.locator(".chart-axis-title")).hasText("Value");
		assertThat(chart.locator(".chart-target-label")).hasText("Target 50");
		assertThat(chart.locator(".chart-label").filter(new Locator.FilterOptions().setHasText("Today"))).hasCount(1);
		assertThat(chart.locator(".chart-label").filter(new Locator.FilterOptions().setHasText("Start"))).hasCount(1);
		assertThat(chart.locator(".chart-expected")).hasAttribute("points", "76.0,224.0 620.0,34.0");
		atBothWidths("dashboard-key-result");

		this.page.navigate(url("/key-results/" + milestone));
		assertThat(chart.locator(".chart-axis-title")).hasText("Done?");
		assertThat(chart.locator(".chart-expected")).hasAttribute("points", "76.0,224.0 620.0,224.0 620.0,34.0");
		assertThat(this.page.locator(".chart-legend")).containsText("Expected: done by the cycle’s end");
		atBothWidths("dashboard-milestone");
	}

	private void atBothWidths(String name) {
		for (int[] size : SIZES) {
			this.page.setViewportSize(size[0], size[1]);
			int scrollWidth = ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
			assertThat(scrollWidth).as("no sideways scrolling at " + size[0] + " px").isLessThanOrEqualTo(size[0]);
			screenshot(name + "-" + size[0]);
			assertAccessible();
		}
	}

	private String milestone(String objective, String owner, String title) {
		return created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", title, "ownerId", owner, "type", "milestone")));
	}

	private void checkIn(String keyResult, Person owner, int value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

}
