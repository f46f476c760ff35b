package dev.lodestar.organization;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.PageChecks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin pages of teams and people, in a database of their own: the teams page lists
 * every team with its members, and in the database the other tests share it grew to
 * thousands of teams by the end of a run, 7 to 36 seconds a page on a loaded machine.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-pages;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class AdminPagesBrowserTests extends BrowserTest {

	/**
	 * How long to wait for the admin teams page: it lists every team the browser journeys
	 * have made so far (tens of thousands of pixels by the end of a run), which a loaded
	 * machine renders slowly.
	 */
	private static final double SLOW_PAGE = 60_000;

	@Test
	void anAdminBuildsATeamUnderAnotherAddsAPersonAndMakesThemLead() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams & people"))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		createTeam("", "");
		assertThat(this.page.locator("#new-team-name-error")).hasText("must not be blank");
		assertAccessible();
		createTeam("Product " + suffix, "");
		createTeam("Checkout " + suffix, "Product " + suffix);
		Locator parent = teamNode("Product " + suffix);
		assertThat(parent.locator("li.team-node h3")).hasText("Checkout " + suffix,
				new LocatorAssertions.HasTextOptions().setTimeout(SLOW_PAGE));
		screenshot("admin-teams");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		String email = "grace-" + suffix + "@lodestar.test";
		addPerson("Grace " + suffix, email);
		assertThat(this.page.locator(".notice")).hasText("Added Grace " + suffix + ".");
		// found by part of the email, whatever the case; a search that matches nobody
		// says so
		this.page.getByLabel("Find a person").fill("GRACE-" + suffix);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true)).click();
		assertThat(this.page.locator("#people-shown")).hasText("1 person matches “GRACE-" + suffix + "”.");
		assertThat(this.page.locator("table.people tbody tr")).hasCount(1);
		this.page.navigate(url("/admin/people?q=100%25_" + suffix));
		assertThat(this.page.locator("#people-shown"))
			.hasText("Nobody’s name or email contains “100%_" + suffix + "”.");
		this.page.navigate(url("/admin/people"));
		addPerson("Another Grace", email);
		assertThat(this.page.locator("#new-person-email-error")).hasText("is already used by another person");
		assertThat(this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Another Grace");
		assertThat(this.page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).hasValue(email);
		screenshot("admin-people-refused");
		this.page.setViewportSize(390, 844);
		screenshot("admin-people-phone");
		this.page.setViewportSize(1280, 860);
		assertAccessible();

		// The page lists every team the browser journeys have made so far: on a loaded
		// machine it takes long
		this.page.navigate(url("/admin/teams"), new Page.NavigateOptions().setTimeout(SLOW_PAGE));
		Locator checkout = teamNode("Checkout " + suffix);
		checkout.getByLabel("Person to add to Checkout " + suffix)
			.fill(email, new Locator.FillOptions().setTimeout(SLOW_PAGE));
		checkout.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to Checkout " + suffix))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		checkout = teamNode("Checkout " + suffix);
		assertThat(checkout.locator(".member")).hasText(java.util.regex.Pattern.compile("Grace " + suffix),
				new LocatorAssertions.HasTextOptions().setTimeout(SLOW_PAGE));
		checkout
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Make lead (Grace " + suffix + ", Checkout " + suffix + ")"))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		assertThat(teamNode("Checkout " + suffix).locator(".member .tag")).hasText("lead",
				new LocatorAssertions.HasTextOptions().setTimeout(SLOW_PAGE));
		screenshot("admin-teams-lead");
		// every button's and link's name starts from what it shows (axe's experimental
		// rule, which assertAccessible leaves out), and each team's name leads to its
		// page
		assertThat(teamNode("Checkout " + suffix).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName("No longer lead (Grace " + suffix + ", Checkout " + suffix + ")"))).isVisible();
		assertNoViolationOf("label-content-name-mismatch");
		teamNode("Checkout " + suffix)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Checkout " + suffix).setExact(true))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		assertThat(this.page.locator("h1")).containsText("Checkout " + suffix);
		this.page.goBack(new Page.GoBackOptions().setTimeout(SLOW_PAGE));

		Locator product = teamNode("Product " + suffix);
		product.locator("summary").first().click();
		product.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete Product " + suffix)).click();
		assertThat(this.page.locator(".notice.error")).hasText("The team has sub-teams; move or remove them first.");
	}

	/**
	 * Runs axe-core with only the given rules, whatever their impact, and fails on any.
	 */
	private void assertNoViolationOf(String... rules) {
		org.assertj.core.api.Assertions.assertThat(PageChecks.violationsOf(this.page, rules))
			.as(String.join(", ", rules) + " on " + this.page.url())
			.isEmpty();
	}

	@Test
	void aChampionManagesTeamsButNotPeople() {
		Person champion = person("champion");
		signIn(champion.email(), PASSWORD);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams & people")))
			.hasCount(0);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams").setExact(true)).click();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)))
			.hasCount(0);
		screenshot("admin-teams-champion");
		this.page.setViewportSize(390, 844);
		screenshot("admin-teams-phone");
		assertAccessible();
		Response people = this.page.navigate(url("/admin/people"));
		org.assertj.core.api.Assertions.assertThat(people.status()).isEqualTo(403);
	}

	@Test
	void aMemberGetsNoAdminPages() {
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams").setExact(true)))
			.hasCount(0);
		org.assertj.core.api.Assertions.assertThat(this.page.navigate(url("/admin/teams")).status()).isEqualTo(403);
		org.assertj.core.api.Assertions.assertThat(this.page.navigate(url("/admin/people")).status()).isEqualTo(403);
	}

	private void createTeam(String name, String parent) {
		this.page.getByLabel("Name").first().fill(name);
		if (!parent.isEmpty()) {
			this.page.locator("#new-team-parent").selectOption(new SelectOption().setLabel(parent));
		}
		// the answer is the whole teams page again, which a loaded machine renders slowly
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
			.click(new Locator.ClickOptions().setTimeout(SLOW_PAGE));
		if (!name.isEmpty()) {
			// The next step fills the form again: wait for the page that shows the new
			// team.
			assertThat(teamNode(name)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW_PAGE));
		}
	}

	private Locator teamNode(String name) {
		return this.page.locator("li.team-node", new Page.LocatorOptions()
			.setHas(this.page.locator(":scope > .org-team h3", new Page.LocatorOptions().setHasText(name))));
	}

	private void addPerson(String name, String email) {
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
		this.page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("member");
		this.page.getByLabel("First password").fill("grace-password-1");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
	}

}
