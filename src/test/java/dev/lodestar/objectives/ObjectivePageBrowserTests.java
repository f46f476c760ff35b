package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ObjectivePageBrowserTests extends BrowserTest {

	@Test
	void showsAlignmentBothWaysTheHistoryAndTheChart() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String company = objective(cycle, "Grow revenue sustainably", "Revenue funds everything else we want to do.",
				null);
		String keyResult = keyResult(company, owner.id());
		String direct = objective(cycle, "Win two new markets", null, Map.of("objectiveId", company));
		String viaKeyResult = objective(cycle, "Make paying effortless", null, Map.of("keyResultId", keyResult));
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 5, "note",
					"Signed two pilots this week.", "blockers", "Legal review is slow."));
		org.assertj.core.api.Assertions.assertThat(reply.status()).isEqualTo(201);
		signIn(owner.email(), PASSWORD);

		this.page.navigate(url("/objectives/" + company));
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Grow revenue sustainably")))
			.isVisible();
		assertThat(this.page.locator(".prose")).hasText("Revenue funds everything else we want to do.");
		Locator contributors = this.page.locator(".alignment-list");
		assertThat(contributors.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Win two new markets")))
			.hasAttribute("href", "/objectives/" + direct);
		assertThat(contributors.locator("li").filter(new Locator.FilterOptions().setHasText("Make paying effortless")))
			.containsText("Weekly active teams");
		Locator history = this.page.locator(".history-entry");
		assertThat(history).hasCount(1);
		assertThat(history).containsText("Signed two pilots this week.");
		assertThat(history).containsText("Legal review is slow.");
		assertThat(history).containsText("A member");
		Locator chart = this.page.locator("svg.chart[role=img]");
		assertThat(chart).hasAttribute("aria-label", Pattern.compile("today \\d+ % is expected and 50 % is reached"));
		assertThat(this.page.locator(".chart-figures td").last()).hasText("50 %");
		screenshot("objective");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("objective-phone");
		this.page.setViewportSize(1280, 860);

		this.page.navigate(url("/objectives/" + viaKeyResult));
		Locator up = this.page.locator(".alignment-link");
		assertThat(up).containsText("key result");
		assertThat(up.getByRole(AriaRole.LINK)).hasText("Weekly active teams");
		assertThat(up).containsText("Grow revenue sustainably");
		up.getByRole(AriaRole.LINK).click();
		assertThat(this.page).hasURL(url("/key-results/" + keyResult));

		this.page.navigate(url("/objectives/" + direct));
		this.page.locator(".alignment-link").getByRole(AriaRole.LINK).click();
		assertThat(this.page).hasURL(url("/objectives/" + company));
	}

	@Test
	void aLeadFindsAnEditLinkOnTheObjectiveAndKeyResultPagesAndAViewerDoesNot() {
		Person lead = person("member");
		Person viewer = person("viewer");
		String team = team("Checkout " + java.util.UUID.randomUUID());
		join(team, lead, true);
		String objective = objective(cycle("execute"), team);
		String keyResult = keyResult(objective, lead.id());
		Locator editObjective = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Edit this objective"));
		Locator editKeyResult = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Edit this key result"));

		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(editKeyResult).hasAttribute("href", "/key-results/" + keyResult + "/edit");
		this.page.navigate(url("/objectives/" + objective));
		assertThat(editObjective).hasAttribute("href", "/objectives/" + objective + "/edit");
		editObjective.click();
		assertThat(this.page).hasURL(url("/objectives/" + objective + "/edit"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/objectives/" + objective));
		assertThat(this.page.locator("h1")).isVisible();
		assertThat(editObjective).hasCount(0);
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(this.page.locator("h1")).isVisible();
		assertThat(editKeyResult).hasCount(0);
	}

	@Test
	void anUnknownObjectiveIsNotFound() {
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		org.assertj.core.api.Assertions
			.assertThat(this.page.navigate(url("/objectives/" + java.util.UUID.randomUUID())).status())
			.isEqualTo(404);
	}

	private String objective(String cycle, String title, String description, Map<String, String> alignedTo) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycle, "title", title));
		if (description != null) {
			body.put("description", description);
		}
		if (alignedTo != null) {
			body.put("alignedTo", alignedTo);
		}
		return created(this.admin.post("/api/v1/objectives", body));
	}

}
