package dev.lodestar.templates;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two journeys on a database of their own, so that the organisation starts empty: an
 * admin is led through the first cycle from the company page (writes a company objective,
 * sees the teams' drafts counted, and the guide goes once an objective is published) and
 * adds a template of the organisation's own; then a lead goes from their team's page to
 * the template library, reads a template and its weak version, and starts a draft for
 * their team from it, landing on the draft's edit page. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:templates-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms",
				"lodestar.surveys.invitations=false", "lodestar.sign-in.max-failures-per-client=1000000" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TemplatesBrowserTests extends BrowserTest {

	@Test
	@Order(1)
	void anAdminOfAnEmptyOrganisationIsLedFromTheCompanysObjectivesToTheTeamsDrafts() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String checkout = team("Checkout " + suffix);
		team("Payments " + suffix);
		team("Support " + suffix);
		String cycle = cycle("set");

		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/company?cycle=" + cycle));
		Locator path = this.page.locator(".first-cycle");
		assertThat(path.getByRole(AriaRole.HEADING)).containsText("Setting the first objectives");
		assertThat(path).containsText("0 of 3 teams have drafts");
		assertThat(path.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Checkout " + suffix)))
			.isVisible();
		screenshot("templates-first-cycle");
		assertAccessible();

		path.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write a company objective")).click();
		Locator form = this.page.locator("#new-company-objective form");
		assertThat(form).isVisible();
		form.getByLabel("Why it matters").fill("Teams recommend tools that make planning calm.");
		button(form, "Create company objective").click();
		form = this.page.locator("#new-company-objective form");
		assertThat(form.locator(".field-error").first()).containsText("must not be blank");
		assertThat(form.getByLabel("Why it matters")).hasValue("Teams recommend tools that make planning calm.");
		assertAccessible();

		form.getByLabel("Title").fill("Become the planning tool mid-sized teams recommend");
		button(form, "Create company objective").click();
		this.page.waitForURL(Pattern.compile(".*/objectives/[0-9a-f-]+/key-results/new"));
		assertThat(this.page.locator("main")).containsText("Become the planning tool mid-sized teams recommend");
		assertAccessible();

		String draft = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", checkout, "title", "Make paying effortless")));
		this.page.navigate(url("/company?cycle=" + cycle));
		path = this.page.locator(".first-cycle");
		assertThat(path).containsText("1 company objective so far.");
		assertThat(path).containsText("1 of 3 teams have drafts");
		screenshot("templates-first-cycle-progress");

		Reply published = this.admin.patch("/api/v1/objectives/" + draft, Map.of("status", "published"));
		org.assertj.core.api.Assertions.assertThat(published.status()).as(published.toString()).isEqualTo(200);
		this.page.navigate(url("/company?cycle=" + cycle));
		assertThat(this.page.locator(".first-cycle")).hasCount(0);
		assertThat(this.page.locator("#new-company-objective summary")).hasText("New company objective");

		this.page.navigate(url("/templates"));
		Locator add = this.page.locator("#template-add");
		add.getByLabel("Area", new Locator.GetByLabelOptions().setExact(true)).selectOption("support");
		add.getByLabel("Key result 1").fill("Chats answered within two minutes");
		add.locator("#template-kr0-start").fill("40");
		add.locator("#template-kr0-target").fill("a lot");
		button(add, "Add template").click();
		add = this.page.locator("#template-add");
		assertThat(add.locator("#template-title-error")).containsText("must not be blank");
		assertThat(add.locator("#template-kr0-target-error")).containsText("must be a number");
		assertThat(add.getByLabel("Key result 1")).hasValue("Chats answered within two minutes");
		assertAccessible();

		add.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true))
			.fill("Customers reach a person quickly when they need one " + suffix);
		add.locator("#template-kr0-target").fill("85");
		add.locator("#template-kr0-unit").fill("%");
		button(add, "Add template").click();
		Locator mine = this.page.locator("article.template:has(h2:has-text('" + suffix + "'))");
		assertThat(mine).containsText("your organisation's");
		assertThat(mine).containsText("target 85 % (from 40 %)");
	}

	@Test
	@Order(2)
	void aLeadStartsTheirTeamsDraftFromATemplateAndLandsOnItsEditPage() {
		Person lead = person("member");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String team = team("Helpdesk " + suffix);
		join(team, lead, true);
		String cycle = cycle("set");

		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Or start from a template")).click();
		this.page.waitForURL(url("/templates"));
		assertAccessible();

		this.page.getByLabel("Area").selectOption("support");
		this.page.getByLabel("Search").fill("first reply");
		button(this.page.locator("form.filters"), "Filter").click();
		Locator template = this.page.locator("#template-support-first-contact");
		assertThat(this.page.locator("article.template")).hasCount(1);
		assertThat(template).containsText("Tickets solved with a single reply");
		assertThat(template).containsText("target 60 % (from 38 %)");
		template.getByText("The weak version, and why it is weak").click();
		assertThat(template.locator(".template-why")).isVisible();
		assertThat(template).containsText("Answer tickets faster");
		template.locator(".template-use summary").click();
		template.getByLabel("Cycle").selectOption(new SelectOption().setValue(cycle));
		template.getByLabel("Whose objective").selectOption(new SelectOption().setLabel("Helpdesk " + suffix));
		screenshot("templates-library");
		assertAccessible();

		button(template, "Start a draft from it").click();
		this.page.waitForURL(Pattern.compile(".*/objectives/[0-9a-f-]+/edit"));
		assertThat(this.page.getByLabel("Title").first())
			.hasValue("Customers get their problem solved in the first reply");
		assertThat(this.page.locator("main")).containsText("Median hours to resolution");
		screenshot("templates-draft");
		assertAccessible();
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
