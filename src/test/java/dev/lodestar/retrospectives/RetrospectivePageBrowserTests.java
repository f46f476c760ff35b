package dev.lodestar.retrospectives;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A team holds its retrospective in a browser: reached from the team page, written with a
 * learning about an objective, marked as held, and still there after a reload; a viewer
 * reads it without a form.
 */
class RetrospectivePageBrowserTests extends BrowserTest {

	@Test
	void aMemberWritesTheRetrospectiveAddsALearningAndMarksItHeld() {
		Person member = person("member");
		String team = team("Retro team");
		join(team, member, false);
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		keyResult(objective, member.id());
		this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));

		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retrospective of Cycle ")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Retrospective of Retro team")))
			.isVisible();
		assertThat(this.page.locator(".retro-objective")).containsText("Delight our customers");
		assertThat(this.page.locator(".retro-objective .score")).hasText("0.0");
		assertAccessible();

		this.page.getByLabel("What worked", new Page.GetByLabelOptions().setExact(true)).fill("Weekly check-ins");
		this.page.getByLabel("What did not work").fill("x".repeat(10_001));
		this.page.getByLabel("What we change next cycle").fill("Fewer key results");
		this.page.getByLabel("What we learned from Delight our customers (optional)").fill("Baselines first");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the retrospective")).click();
		assertThat(this.page.locator("#didNotWork-error")).containsText("What did not work: must be at most 10000");
		assertThat(this.page.getByLabel("What worked", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Weekly check-ins");
		assertThat(this.page.getByLabel("What we learned from Delight our customers (optional)"))
			.hasValue("Baselines first");
		org.assertj.core.api.Assertions.assertThat(
				this.admin.get("/api/v1/cycles/" + cycle + "/retrospectives/" + team).json().get("version").asLong())
			.isZero();

		this.page.getByLabel("What did not work").fill("Too many key results");
		this.page.getByLabel("We held this retrospective").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the retrospective")).click();
		assertThat(this.page.locator("main [role=status]")).containsText("The retrospective is saved.");

		this.page.reload();
		assertThat(this.page.getByLabel("What did not work")).hasValue("Too many key results");
		assertThat(this.page.getByLabel("What we learned from Delight our customers (optional)"))
			.hasValue("Baselines first");
		assertThat(this.page.getByLabel("We held this retrospective")).isChecked();
		assertThat(this.page.locator(".held-line")).containsText("Held on");
		assertThat(this.page.locator("main")).containsText("Last saved by A member");
		screenshot("retrospective");
		assertAccessible();
		org.assertj.core.api.Assertions
			.assertThat(this.admin.get("/api/v1/objectives/" + objective + "/learning").field("learning"))
			.isEqualTo("Baselines first");
	}

	@Test
	void aStaleSaveKeepsWhatWasTypedAndAViewerReadsWithoutAForm() {
		Person member = person("member");
		String team = team("Stale team");
		join(team, member, false);
		String cycle = cycle("reflect");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "/retrospectives/" + cycle));
		this.admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team, Map.of("worked", "Written meanwhile"));
		this.page.getByLabel("What worked", new Page.GetByLabelOptions().setExact(true)).fill("My own text");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the retrospective")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Someone saved this retrospective");
		assertThat(this.page.getByLabel("What worked", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("My own text");
		assertThat(this.page.locator(".retro-saved").first()).containsText("Written meanwhile");
		assertAccessible();

		Person viewer = person("viewer");
		this.page.context().clearCookies();
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "/retrospectives/" + cycle));
		assertThat(this.page.locator("form.retro-form")).hasCount(0);
		assertThat(this.page.locator("main")).containsText("Written meanwhile");
	}

}
