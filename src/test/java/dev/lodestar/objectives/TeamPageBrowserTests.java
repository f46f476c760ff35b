package dev.lodestar.objectives;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TeamPageBrowserTests extends BrowserTest {

	@Autowired
	private People people;

	@Autowired
	private CheckIns checkIns;

	@Test
	void leadCreatesAnObjectiveWithTwoKeyResults() {
		Person lead = person("member");
		String team = team("Payments " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("set");
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		assertThat(heading("No objectives in")).isVisible();
		screenshot("team-empty");
		assertAccessible();

		Locator form = this.page.locator("#new-objective");
		form.getByLabel("Title").fill("Make paying effortless");
		form.getByLabel("Why it matters").fill("Customers drop out at the checkout.");
		form.getByLabel("Kind").selectOption("committed");
		button(form, "Create objective").click();

		Locator card = this.page.locator(".team-card")
			.filter(new Locator.FilterOptions().setHasText("Make paying effortless"));
		assertThat(card.locator(".objective-why")).containsText("Customers drop out");
		addKeyResult(card, "Checkout completion", "metric", "62", "80", "%");
		assertThat(card.locator(".team-kr")).hasCount(1);
		addKeyResult(card, "Payments that need no support", "percentage", "", "", "");
		assertThat(card.locator(".team-kr")).hasCount(2);
		assertThat(card.locator(".team-kr .kr-figures strong")).hasText(new String[] { "0 %", "0 %" });
		assertThat(card.locator(".team-kr").first().locator(".kr-values"))
			.hasText("Now 62 % · target 80 % (from 62 %)");
		// the button that opens the form for another objective says "close" while it is
		// open
		Locator opener = this.page.locator("#new-objective summary");
		assertThat(opener.locator(".when-closed")).isVisible();
		assertThat(opener.locator(".when-open")).isHidden();
		opener.click();
		assertThat(this.page.locator("#new-objective form")).isVisible();
		assertThat(opener.locator(".when-closed")).isHidden();
		assertThat(opener.locator(".when-open")).hasText("Close the new objective form");
		opener.click();
		assertThat(this.page.locator("#new-objective form")).isHidden();
		assertThat(card.locator(".objective-progress strong")).hasText("0 %");
		assertThat(card.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Checkout completion").setExact(true)))
			.hasAttribute("href", Pattern.compile("/key-results/"));
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Make paying effortless")).click();
		card.getByLabel("Title").fill("Make paying a pleasure");
		button(card, "Save objective").click();
		Locator renamed = this.page.locator(".team-card")
			.filter(new Locator.FilterOptions().setHasText("Make paying a pleasure"));
		button(renamed, "Publish").click();
		assertThat(renamed.locator(".tag.status-published")).hasText("published");
		screenshot("team-objective-with-key-results");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		screenshot("team-objective-phone");
		org.assertj.core.api.Assertions.assertThat(
				this.admin.get("/api/v1/objectives?teamId=" + team).json().get("items").get(0).get("keyResults").size())
			.isEqualTo(2);
	}

	@Test
	void refusedInputIsShownBesideItsFieldAndKeepsWhatWasTyped() {
		Person lead = person("member");
		String team = team("Onboarding " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("set");
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));

		Locator form = this.page.locator("#new-objective");
		form.getByLabel("Why it matters").fill("Typed with care");
		button(form, "Create objective").click();
		assertThat(this.page.locator("#new-objective-title-error")).hasText("must not be blank");
		assertThat(form.getByLabel("Title")).hasAttribute("aria-invalid", "true");
		assertThat(form.getByLabel("Why it matters")).hasValue("Typed with care");
		assertThat(form.getByLabel("Title")).isFocused();
		screenshot("team-objective-refused");
		assertAccessible();

		form.getByLabel("Title").fill("Welcome people warmly");
		button(form, "Create objective").click();
		Locator card = this.page.locator(".team-card")
			.filter(new Locator.FilterOptions().setHasText("Welcome people warmly"));
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add key result")).click();
		// the keyboard lands on the new key result's title before anything is typed
		assertThat(card.getByLabel("Title")).isFocused();
		card.getByLabel("Title").fill("Days to first value");
		card.getByLabel("Start value").fill("14");
		card.getByLabel("Unit").fill("days");
		button(card, "Add key result").click();
		assertThat(card.locator("[id$='-new-targetValue-error']")).hasText("is required");
		assertThat(card.getByLabel("Title")).hasValue("Days to first value");
		assertThat(card.getByLabel("Start value")).hasValue("14");
		assertThat(card.getByLabel("Unit")).hasValue("days");
		assertThat(card.getByLabel("Target value")).isFocused();
		screenshot("team-key-result-refused");
		assertAccessible();
		org.assertj.core.api.Assertions.assertThat(
				this.admin.get("/api/v1/objectives?teamId=" + team).json().get("items").get(0).get("keyResults").size())
			.isZero();

		APIResponse refused = post("/teams/" + team + "/objectives",
				FormData.create().set("cycle", cycle).set("title", " ").set("description", "Kept without JavaScript"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
		org.assertj.core.api.Assertions.assertThat(refused.text())
			.contains("must not be blank", "Kept without JavaScript", "<title>");
		APIResponse created = post("/teams/" + team + "/objectives",
				FormData.create().set("cycle", cycle).set("title", "Set without JavaScript"));
		org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(302);
		org.assertj.core.api.Assertions.assertThat(created.headers().get("location"))
			.contains("/teams/" + team + "?cycle=" + cycle + "#objective-");
	}

	@Test
	void viewerSeesNoEditControlsAndIsRefused() {
		Person viewer = person("viewer");
		Person owner = person("member");
		String team = team("Growth " + UUID.randomUUID());
		join(team, viewer, false);
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		String keyResult = keyResult(objective, owner.id());
		Actor actor = this.people.actorOf(PersonId.fromPath(owner.id()));
		for (int week = 0; week < 5; week++) {
			this.checkIns.recordAt(actor, KeyResultId.fromPath(keyResult),
					new CheckIns.NewCheckIn(12.0 + week * week, 4 + week, "week " + week, null),
					Instant.now().minus(Duration.ofDays(7 * (5 - week))));
		}
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));

		assertThat(this.page.locator(".team-card")).hasCount(1);
		assertThat(this.page.locator(".team-kr")).hasCount(1);
		assertThat(this.page.locator(".team-kr svg.sparkline")).hasAttribute("aria-label",
				"Progress in the last 8 weeks: rose from 5 % to 45 % in 5 check-ins");
		assertThat(this.page.locator(".team-kr .sparkline-caption")).hasText("8 weeks: was 5 %, now 45 %");
		for (String control : new String[] { "Edit", "Publish", "Archive", "Add key result", "Remove" }) {
			Pattern name = Pattern.compile("^" + control);
			assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))).hasCount(0);
			assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))).hasCount(0);
		}
		assertThat(this.page.locator("main form[method='post']")).hasCount(0);
		assertThat(this.page.locator("#new-objective")).hasCount(0);
		screenshot("team-viewer");
		assertAccessible();

		org.assertj.core.api.Assertions
			.assertThat(
					post("/objectives/" + objective + "/edit", FormData.create().set("title", "Taken over")).status())
			.isEqualTo(403);
		org.assertj.core.api.Assertions
			.assertThat(post("/teams/" + team + "/objectives",
					FormData.create().set("cycle", cycle).set("title", "Not mine to set"))
				.status())
			.isEqualTo(403);
		org.assertj.core.api.Assertions
			.assertThat(this.admin.get("/api/v1/objectives/" + objective).json().get("title").asString())
			.isEqualTo("Delight our customers");
	}

	@Test
	void closedCycleOffersNoEditsAndRefusesThem() {
		Person lead = person("member");
		String team = team("Platform " + UUID.randomUUID());
		join(team, lead, true);
		String cycle = cycle("reflect");
		String objective = objective(cycle, team);
		org.assertj.core.api.Assertions
			.assertThat(
					this.admin.post("/api/v1/cycles/" + cycle + "/phase", java.util.Map.of("phase", "closed")).status())
			.isEqualTo(200);
		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));

		assertThat(this.page.getByText("This cycle is closed")).isVisible();
		assertThat(this.page.locator(".card-actions")).hasCount(0);
		assertThat(this.page.locator("#new-objective")).hasCount(0);
		assertAccessible();
		org.assertj.core.api.Assertions
			.assertThat(post("/objectives/" + objective + "/edit", FormData.create().set("title", "Rewritten history"))
				.status())
			.isEqualTo(409);
	}

	private void addKeyResult(Locator card, String title, String type, String start, String target, String unit) {
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add key result")).click();
		// the keyboard lands on the new key result's title before anything is typed
		assertThat(card.getByLabel("Title")).isFocused();
		card.getByLabel("Title").fill(title);
		card.getByLabel("Type").selectOption(type);
		card.getByLabel("Start value").fill(start);
		card.getByLabel("Target value").fill(target);
		card.getByLabel("Unit").fill(unit);
		button(card, "Add key result").click();
		assertThat(card.locator(".team-kr").filter(new Locator.FilterOptions().setHasText(title))).isVisible();
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(name)));
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
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
