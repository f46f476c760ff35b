package dev.lodestar.objectives;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An alignment workshop between two teams: the lead of one shares an objective with the
 * other (finding the team by part of its name); the other's lead finds it on their team's
 * page, aligns it to two parents with weights, and asks the first team for something a
 * key result needs, which the first team's lead accepts with a note; the objective, the
 * company page and the alignment map show the shared objective, the dependency and the
 * weights.
 */
class AlignmentWorkshopBrowserTests extends BrowserTest {

	@Test
	void twoLeadsShareAnObjectiveAlignItAndAgreeOnADependency() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Person leadA = person("member");
		Person leadB = person("member");
		String teamA = team("Sales " + suffix);
		String teamB = team("Support " + suffix);
		join(teamA, leadA, true);
		join(teamB, leadB, true);
		String cycle = cycle("set");
		String company = created(
				this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Grow revenue " + suffix)));
		keyResult(company, leadA.id(), "Revenue per quarter " + suffix);
		created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "title", "Keep every customer " + suffix)));
		String shared = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", teamA, "title", "Renewals without friction")));
		keyResult(shared, leadA.id(), "Renewal rate");

		signIn(leadA.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamA + "?cycle=" + cycle));
		Locator card = card(shared);
		edit(card);
		card.getByLabel("Find a team to share it with").fill("SUPPORT " + suffix);
		button(card, "Share with Support " + suffix).click();
		assertThat(card.locator(".sharing .parent-row")).hasCount(1);
		assertThat(card.getByLabel("Find a team to share it with")).isFocused();
		assertThat(card.locator(".sharing .parent-row")).containsText("Support " + suffix);
		assertThat(card.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)))
			.hasValue("Renewals without friction");
		screenshot("sharing-picker");
		assertAccessible();
		button(card, "Save objective").click();
		assertThat(card(shared).locator(".objective-shared"))
			.hasText(Pattern.compile("Shared with\\s+Support " + suffix));
		assertAccessible();
		signOut();

		signIn(leadB.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamB + "?cycle=" + cycle));
		card = card(shared);
		assertThat(card.locator(".objective-shared")).hasText(Pattern.compile("Shared with\\s+Sales " + suffix));
		assertAccessible();
		edit(card);
		card.getByLabel("Find an objective or key result to contribute to").fill("revenue per quarter " + suffix);
		button(card, "Add Key result: Revenue per quarter " + suffix + " (Grow revenue " + suffix + ")").click();
		assertThat(card.locator(".parents:not(.sharing) .parent-row")).hasCount(1);
		// the keyboard lands on the weight of the parent just added: typing goes on there
		Locator firstWeight = card.locator(".parents:not(.sharing) .parent-row").first().getByLabel("Weight");
		assertThat(firstWeight).isFocused();
		firstWeight.fill("2");
		card.getByLabel("Find an objective or key result to contribute to").fill("keep every customer " + suffix);
		// the matches of what was typed have come before one is added
		assertThat(card.locator(".parents:not(.sharing) .parent-matches")).containsText("Matches:");
		button(card, "Add Keep every customer " + suffix).click();
		assertThat(card.locator(".parents:not(.sharing) .parent-row")).hasCount(2);
		Locator secondWeight = card.locator(".parents:not(.sharing) .parent-row").nth(1).getByLabel("Weight");
		assertThat(secondWeight).isFocused();
		secondWeight.fill("3");
		// leaving the field asks the coach again: its answer has come, and the weight
		// typed is still there, before the form is saved
		secondWeight.press("Tab");
		settled();
		assertThat(secondWeight).hasValue("3");
		button(card, "Save objective").click();
		Locator aligned = card(shared).locator(".objective-aligned");
		assertThat(aligned).containsText("Revenue per quarter " + suffix + " (Grow revenue " + suffix + ") (weight 2)");
		assertThat(aligned).containsText("Keep every customer " + suffix + " (weight 3)");
		assertThat(card(shared).locator(".objective-shared")).containsText("Sales " + suffix);

		Locator section = this.page.locator("#team-dependencies");
		section.locator("summary").click();
		section.getByLabel("Team to ask").fill("Sales " + suffix);
		section.getByLabel("For our key result")
			.selectOption(new SelectOption().setLabel("Renewal rate (Renewals without friction)"));
		section.getByLabel("What we need").fill("Renewal dates from the CRM");
		button(section, "Ask the team").click();
		Locator asked = this.page.locator("#team-dependencies .dependency");
		assertThat(asked).hasCount(1);
		assertThat(asked.first().locator(".tag")).hasText("requested");
		signOut();

		signIn(leadA.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamA + "?cycle=" + cycle));
		Locator request = this.page.locator("#team-dependencies .dependency")
			.filter(new Locator.FilterOptions().setHasText("Renewal dates from the CRM"));
		request.getByLabel("Note to the asking team").fill("Every Monday from next week");
		request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept: Renewal dates from the CRM"))
			.click();
		assertThat(request.locator(".tag")).hasText("accepted");
		assertThat(request.locator(".dependency-note")).containsText("Every Monday from next week");
		assertThat(card(shared).locator(".objective-aligned")).containsText("weight 3");

		this.page.navigate(url("/objectives/" + shared));
		assertThat(this.page.locator(".shared-owners"))
			.hasText(Pattern.compile("Owned together by\\s+Sales " + suffix + " and Support " + suffix));
		assertThat(this.page.locator(".alignment-list").first()).containsText("weight 2");
		assertAccessible();
		this.page.navigate(url("/company?cycle=" + cycle));
		assertThat(this.page.locator("#objective-" + shared + " .tag.shared")).containsText("shared");
		assertAccessible();

		this.page.navigate(url("/alignment?cycle=" + cycle));
		Locator node = this.page.locator("#node-" + shared);
		assertThat(node.locator(".map-meta")).containsText("shared");
		assertThat(node.locator(".map-meta")).containsText("Sales " + suffix);
		assertThat(this.page.locator(".map-weight", new Page.LocatorOptions().setHasText("weight 2"))).hasCount(1);
		assertThat(this.page.locator(".map-weight", new Page.LocatorOptions().setHasText("weight 3"))).hasCount(1);
		Locator need = node.locator(".map-needs li");
		assertThat(need).containsText("Needs Sales " + suffix + ": Renewal dates from the CRM");
		assertThat(need.locator(".tag")).hasText("accepted");
		screenshot("alignment-workshop-map");
		assertAccessible();
	}

	private void edit(Locator card) {
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit Renewals")))
			.click();
		// the edit form has replaced the card, and the keyboard has landed on its title,
		// before anything is typed into it: typed earlier, it would follow the keyboard
		assertThat(card.getByLabel("Find a team to share it with")).isVisible();
		assertThat(card.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true))).isFocused();
	}

	/**
	 * Waits until htmx has no request in flight, so that no late answer replaces what is
	 * typed next.
	 */
	private void settled() {
		assertThat(this.page.locator(".htmx-request")).hasCount(0);
	}

	private void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		this.page.waitForURL(Pattern.compile(".*/sign-in.*"));
	}

	private Locator card(String objective) {
		return this.page.locator("#objective-" + objective);
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
