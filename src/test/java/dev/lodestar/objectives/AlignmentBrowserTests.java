package dev.lodestar.objectives;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * A lead aligns an objective to several parents with weights through the search, sees a
 * loop refused beside the link with everything typed kept, and sees a roll-up key result
 * above move after a check-in below it.
 */
class AlignmentBrowserTests extends BrowserTest {

	@Test
	void leadAlignsToTwoParentsSeesALoopRefusedAndARollUpMove() {
		Person lead = person("member");
		String parentTeam = team("Sales " + UUID.randomUUID());
		String team = created(this.admin.post("/api/v1/teams",
				Map.of("name", "Onboarding " + UUID.randomUUID(), "parentId", parentTeam)));
		join(team, lead, true);
		String cycle = cycle("execute");
		String company = created(
				this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Grow revenue")));
		String rollup = created(this.admin.post("/api/v1/objectives/" + company + "/key-results",
				Map.of("title", "Revenue work of the teams", "ownerId", lead.id(), "type", "rollup")));
		created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", parentTeam, "title", "Win the mid-market")));
		String ours = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", "Onboard customers in a day")));
		String keyResult = keyResult(ours, lead.id(), "Days to first value");
		String helper = created(this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "teamId", team, "title",
				"Write the onboarding guide", "contributesTo", List.of(Map.of("objectiveId", ours)))));

		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		Locator card = card(ours);
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit Onboard"))).click();
		// the edit form has replaced the card before anything is typed into it
		assertThat(card.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)))
			.hasValue("Onboard customers in a day");
		// and the keyboard has landed on its title: typed earlier, the search would
		// follow it
		assertThat(card.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true))).isFocused();
		card.getByLabel("Find an objective or key result to contribute to").fill("revenue work");
		button(card, "Add Key result: Revenue work of the teams (Grow revenue)").click();
		assertThat(card.locator(".parent-row")).hasCount(1);
		// the keyboard lands on the weight of the parent just added: typing goes on there
		Locator firstWeight = card.locator(".parent-row").first().getByLabel("Weight");
		assertThat(firstWeight).isFocused();
		firstWeight.fill("3");
		card.getByLabel("Find an objective or key result to contribute to").fill("mid-market");
		// the matches of what was typed have come before one is added
		assertThat(card.locator(".parent-matches")).containsText("Matches:");
		button(card, "Add Win the mid-market").click();
		assertThat(card.locator(".parent-row")).hasCount(2);
		assertThat(card.locator(".parent-row").nth(1).getByLabel("Weight")).isFocused();
		assertThat(card.locator(".parent-row").first().getByLabel("Weight")).hasValue("3");
		screenshot("alignment-picker");
		assertAccessible();
		button(card, "Save objective").click();
		Locator saved = card(ours).locator(".objective-aligned");
		assertThat(saved).containsText("the key result Revenue work of the teams (Grow revenue) (weight 3)");
		assertThat(saved).containsText("Win the mid-market");

		// the helper objective contributes to ours: ours cannot contribute to it
		card = card(ours);
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit Onboard"))).click();
		card.getByLabel("Title").fill("Onboard every customer in a day");
		card.getByLabel("Find an objective or key result to contribute to").fill("onboarding guide");
		button(card, "Add Write the onboarding guide").click();
		assertThat(card.locator(".parent-row")).hasCount(3);
		button(card, "Save objective").click();
		Locator loop = this.page.locator("[id$='-parent-2-error']");
		assertThat(loop).containsText("would close a loop");
		assertThat(card.getByLabel("Title")).hasValue("Onboard every customer in a day");
		assertThat(card.locator(".parent-row")).hasCount(3);
		screenshot("alignment-loop-refused");
		assertAccessible();
		button(card, "Remove Write the onboarding guide").click();
		assertThat(card.locator(".parent-row")).hasCount(2);
		assertThat(card.getByLabel("Find an objective or key result to contribute to")).isFocused();
		button(card, "Save objective").click();
		assertThat(card(ours).locator(".objective-aligned")).containsText("weight 3");

		// a check-in below the roll-up moves it at once
		this.page.navigate(url("/key-results/" + rollup));
		assertThat(this.page.locator(".rollup")).containsText("Onboard every customer in a day");
		assertThat(this.page.locator(".kr-progress strong").first()).hasText("0 %");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in"))).hasCount(0);
		this.page.navigate(url("/key-results/" + keyResult));
		this.page.getByLabel("New value").fill("30");
		this.page.getByLabel("Confidence").fill("8");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in")).click();
		assertThat(this.page.locator(".kr-progress strong").first()).hasText("50 %");
		this.page.navigate(url("/objectives/" + company));
		assertThat(this.page.locator(".kr-summary .kr-progress strong").first()).hasText("50 %");
		assertThat(this.page.locator(".rollup")).containsText("weight 3");
		assertThat(this.page.locator(".alignment-list")).containsText("Onboard every customer in a day");
		screenshot("alignment-rollup");
		assertAccessible();
		this.page.navigate(url("/objectives/" + helper));
		assertThat(this.page.locator(".alignment-list").first()).containsText("Onboard every customer in a day");
	}

	@Test
	void withoutScriptTheSearchAndTheListWorkThroughTheForm() {
		Person lead = person("member");
		String team = team("Billing " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("set");
		String company = created(
				this.admin.post("/api/v1/objectives", Map.of("cycleId", cycle, "title", "Grow revenue")));
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		APIResponse found = post("/teams/" + team + "/objectives",
				FormData.create()
					.set("cycle", cycle)
					.set("title", "Bill on time")
					.set("parentQuery", "revenue")
					.set("find", "1"));
		org.assertj.core.api.Assertions.assertThat(found.text())
			.contains("value=\"objective:" + company + "\"")
			.contains("value=\"Bill on time\"");
		APIResponse added = post("/teams/" + team + "/objectives",
				FormData.create().set("cycle", cycle).set("title", "Bill on time").set("add", "objective:" + company));
		org.assertj.core.api.Assertions.assertThat(added.text())
			.contains("name=\"parent\" value=\"objective:" + company);
		APIResponse refused = post("/teams/" + team + "/objectives",
				FormData.create()
					.set("cycle", cycle)
					.set("title", "Bill on time")
					.set("parent", "objective:" + company)
					.set("weight", "0"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
		org.assertj.core.api.Assertions.assertThat(refused.text()).contains("Weight must be a number above 0");
		APIResponse saved = post("/teams/" + team + "/objectives",
				FormData.create()
					.set("cycle", cycle)
					.set("title", "Bill on time")
					.set("parent", "objective:" + company)
					.set("weight", "2"));
		org.assertj.core.api.Assertions.assertThat(saved.status()).isEqualTo(302);
		var items = this.admin.get("/api/v1/objectives?teamId=" + team).json().get("items");
		org.assertj.core.api.Assertions.assertThat(items.get(0).get("contributesTo").get(0).get("weight").asDouble())
			.isEqualTo(2.0);
	}

	private Locator card(String objective) {
		return this.page.locator("#objective-" + objective);
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
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
