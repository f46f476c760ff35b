package dev.lodestar.dependencies;

import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of a dependency between two teams: a lead of one team asks another team for
 * something for a key result (finding the team by typing part of its name), the asked
 * team's lead sees it on their team's page and declines one request with a note and
 * accepts another, both teams see where each stands, and the workshop page shows the
 * cycle's dependencies.
 */
class DependenciesBrowserTests extends BrowserTest {

	@Test
	void aLeadAsksAnotherTeamWhoseLeadDeclinesOneAndAcceptsAnother() {
		Person leadA = person("member");
		Person leadB = person("member");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String teamA = team("Checkout " + suffix);
		String teamB = team("Payments platform " + suffix);
		join(teamA, leadA, true);
		join(teamB, leadB, true);
		String cycle = cycle("set");
		keyResult(objective(cycle, teamA), leadA.id(), "Checkout completion");

		signIn(leadA.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamA + "?cycle=" + cycle));
		Locator section = this.page.locator("#team-dependencies");
		assertThat(section.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Dependencies")))
			.isVisible();
		section.locator("summary").click();
		Locator teamField = section.getByLabel("Team to ask");
		teamField.pressSequentially("platform " + suffix.substring(0, 4));
		assertThat(section.locator("#ask-team-options option")).hasCount(1);
		assertThat(section.locator("#ask-team-options option")).hasAttribute("value", "Payments platform " + suffix);
		teamField.fill("Payments platform " + suffix);
		section.getByLabel("What we need").fill(" ");
		button(section, "Ask the team").click();
		assertThat(section.locator("#ask-description-error")).hasText("must not be blank");
		assertThat(section.getByLabel("Team to ask")).hasValue("Payments platform " + suffix);
		assertAccessible();

		section = this.page.locator("#team-dependencies");
		section.getByLabel("For our key result")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Checkout completion (Delight our customers)"));
		section.getByLabel("What we need").fill("A sandbox for refunds");
		section.getByLabel("Needed by").fill("2027-05-15");
		button(section, "Ask the team").click();
		Locator asked = this.page.locator("#team-dependencies .dependency");
		assertThat(asked).hasCount(1);
		assertThat(asked.first()).containsText("A sandbox for refunds");
		assertThat(asked.first()).containsText("For Checkout completion");
		assertThat(asked.first().locator(".tag")).hasText("requested");

		APIResponse refused = post("/teams/" + teamA + "/dependencies",
				FormData.create()
					.set("cycle", cycle)
					.set("toTeam", "No such team " + suffix)
					.set("description", "Kept without JavaScript"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
		org.assertj.core.api.Assertions.assertThat(refused.text())
			.contains("is not the name of a team", "Kept without JavaScript", "<title>");
		APIResponse created = post("/teams/" + teamA + "/dependencies",
				FormData.create()
					.set("cycle", cycle)
					.set("toTeam", "payments PLATFORM " + suffix)
					.set("description", "Review of the payment page copy"));
		org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(302);
		org.assertj.core.api.Assertions.assertThat(created.headers().get("location"))
			.endsWith("/teams/" + teamA + "?cycle=" + cycle + "#team-dependencies");
		screenshot("dependencies-asked");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		signIn(leadB.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamB + "?cycle=" + cycle));
		Locator ofUs = this.page.locator("#team-dependencies .dependency");
		assertThat(ofUs).hasCount(2);
		assertThat(this.page.locator("#team-dependencies .section-head")).containsText("2 waiting for our answer");
		assertAccessible();
		Locator sandbox = ofUs.filter(new Locator.FilterOptions().setHasText("A sandbox for refunds"));
		Locator copy = ofUs.filter(new Locator.FilterOptions().setHasText("Review of the payment page copy"));
		sandbox.getByLabel("Note to the asking team").fill("Not before the summer");
		sandbox.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline: A sandbox for refunds"))
			.click();
		assertThat(sandbox.locator(".tag")).hasText("declined");
		assertThat(sandbox.locator(".dependency-note")).containsText("Not before the summer");
		assertThat(sandbox.locator("form")).hasCount(0);
		copy.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Accept: Review of the payment page copy"))
			.click();
		assertThat(copy.locator(".tag")).hasText("accepted");
		screenshot("dependencies-decided");
		assertAccessible();
		this.page.reload();
		assertThat(this.page.locator("#team-dependencies .tag")).hasText(new String[] { "accepted", "declined" });
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		signIn(leadA.email(), PASSWORD);
		this.page.navigate(url("/teams/" + teamA + "?cycle=" + cycle));
		Locator ours = this.page.locator("#team-dependencies .dependency");
		assertThat(ours.filter(new Locator.FilterOptions().setHasText("A sandbox for refunds")).locator(".tag"))
			.hasText("declined");
		assertThat(ours.filter(new Locator.FilterOptions().setHasText("A sandbox for refunds")))
			.containsText("Not before the summer");
		assertThat(
				ours.filter(new Locator.FilterOptions().setHasText("Review of the payment page copy")).locator(".tag"))
			.hasText("accepted");
		assertThat(ours.locator("form")).hasCount(0);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All dependencies of the cycle"))
			.click();
		assertThat(this.page.locator(".dependency-counts")).hasText("0 requested · 1 accepted · 1 declined");
		assertThat(this.page.locator(".dependency")).hasCount(2);
		this.page.getByLabel("Status").selectOption("declined");
		assertThat(this.page.locator(".dependency")).hasCount(1);
		assertThat(this.page.locator(".dependency")).containsText("A sandbox for refunds");
		org.assertj.core.api.Assertions.assertThat(this.page.url()).contains("status=declined");
		screenshot("dependencies-workshop");
		assertAccessible();
	}

	private static Locator button(Locator within, String name) {
		return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private APIResponse post(String path, FormData form) {
		String headers = this.page.locator("body").getAttribute("hx-headers");
		var csrf = JsonMapper.builder().build().readTree(headers).properties().iterator().next();
		return this.page.request()
			.post(url(path),
					RequestOptions.create()
						.setHeader(csrf.getKey(), csrf.getValue().asString())
						.setForm(form)
						.setMaxRedirects(0));
	}

}
