package dev.lodestar.setup;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an empty installation (a database of its own, no admin from the environment): the
 * first admin is made, signs in, is led from My week to the setup wizard and goes through
 * every step, one of them skipped, with a refused form that keeps what was typed; then
 * reads the readiness of the first cycle. With {@code -Dlodestar.user-guide=docs/images}
 * it also takes the user guide's pictures of a wizard step and of the readiness page.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:setup-wizard;DB_CLOSE_DELAY=-1",
		"lodestar.admin.email=", "lodestar.admin.password=" })
class SetupWizardBrowserTests extends BrowserTest {

	private static final String EMAIL = "ada@setup-wizard.test";

	private static final String SECRET = "ada-password-1";

	@Test
	void theFirstAdminSetsTheProgramUpStepByStepSkippingOne() {
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(url("/setup"));
		this.page.getByLabel("Your name").fill("Ada Admin");
		this.page.getByLabel("Email").fill(EMAIL);
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(SECRET);
		this.page.getByLabel("Password, again").fill(SECRET);
		button("Create the admin").click();
		assertThat(this.page).hasURL(url("/sign-in?created"));
		signIn(EMAIL, SECRET);
		Api admin = this.anonymous.withToken(token(EMAIL, SECRET));
		Reply grace = admin.post("/api/v1/people", Map.of("name", "Grace Champion", "email", "grace@setup-wizard.test",
				"role", "member", "password", PASSWORD));
		assertThat(grace.status()).as(grace.toString()).isEqualTo(201);

		// My week leads the admin to the wizard
		this.page.navigate(url("/"));
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up your OKR program")))
			.isVisible();
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up the program")).click();
		assertThat(this.page).hasURL(url("/admin/setup/program"));
		assertThat(this.page.locator(".wizard-progress [aria-current=step]")).containsText("The organisation");

		// step 1: a refused time keeps what was typed
		this.page.getByLabel("Organisation's name").fill("Northwind Traders");
		this.page.getByLabel("Time zone").fill("Europe/Berlin");
		this.page.getByLabel("Check-in day").selectOption("thursday");
		this.page.getByLabel("Check-in time").fill("25:99");
		button("Save and continue").click();
		assertThat(this.page.locator("#check-in-time-error")).containsText("HH:mm");
		assertThat(this.page.getByLabel("Organisation's name")).hasValue("Northwind Traders");
		assertThat(this.page.getByLabel("Time zone")).hasValue("Europe/Berlin");
		assertThat(this.page.getByLabel("Check-in day")).hasValue("thursday");
		assertThat(this.page.getByLabel("Check-in time")).hasValue("25:99");
		assertAccessible();
		this.page.getByLabel("Check-in time").fill("10:00");
		button("Save and continue").click();

		// step 2: the cadence proposes the first cycle
		assertThat(this.page).hasURL(url("/admin/setup/cadence"));
		assertThat(this.page.locator(".wizard-progress .step-done")).containsText("The organisation");
		assertThat(this.page.getByLabel("Name")).hasValue(java.util.regex.Pattern.compile("\\d{4} Q[1-4]"));
		this.page.getByLabel("Another length, in weeks").check();
		this.page.getByLabel("Weeks per cycle (for another length)").fill("6");
		button("Propose dates for this cadence").click();
		assertThat(this.page.getByLabel("Name")).hasValue(java.util.regex.Pattern.compile("6 weeks from .*"));
		this.page.getByLabel("Name").fill("Launch cycle");
		guide("setup-wizard");
		assertAccessible();
		button("Save and continue").click();

		// step 3: the people, skipped for now
		assertThat(this.page).hasURL(url("/admin/setup/people"));
		assertThat(this.page.locator("#main")).containsText("2 active");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite people by email")))
			.hasAttribute("href", "/admin/invitations");
		assertAccessible();
		button("Skip for now").click();

		// step 4: the champions
		assertThat(this.page).hasURL(url("/admin/setup/champions"));
		this.page.getByLabel("Grace Champion").check();
		button("Save and finish").click();
		assertThat(this.page).hasURL(url("/admin/setup/done"));
		assertThat(this.page.locator(".notice")).hasText("1 person is now a champion.");
		assertThat(this.page.locator(".wizard-progress .step-skipped")).containsText("People");
		assertThat(this.page.locator(".wizard-progress .step-done")).hasCount(3);
		assertAccessible();

		// what the wizard stored
		var settings = admin.get("/api/v1/settings").json();
		assertThat(settings.get("organisationName").asString()).isEqualTo("Northwind Traders");
		assertThat(settings.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(settings.get("checkInDay").asString()).isEqualTo("thursday");
		assertThat(settings.get("checkInTime").asString()).isEqualTo("10:00");
		assertThat(settings.get("cadence").asString()).isEqualTo("weeks");
		assertThat(settings.get("cycleWeeks").asInt()).isEqualTo(6);
		assertThat(settings.get("checkInDaySet").asBoolean()).isTrue();
		var cycle = admin.get("/api/v1/cycles").json().get("items").get(0);
		assertThat(cycle.get("name").asString()).isEqualTo("Launch cycle");
		assertThat(cycle.get("phase").asString()).isEqualTo("prepare");
		assertThat(admin.get("/api/v1/people/" + grace.field("id")).field("role")).isEqualTo("champion");

		// the wizard is over: My week no longer leads to it, the settings still do
		this.page.navigate(url("/"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My week"))).isVisible();
		assertThat(this.page.locator(".setup-banner")).hasCount(0);
		this.page.navigate(url("/admin/settings"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up the program")).click();
		assertThat(this.page).hasURL(url("/admin/setup/program"));
		assertThat(this.page.getByLabel("Organisation's name")).hasValue("Northwind Traders");

		// the first cycle's readiness, linked from the cycles page
		this.page.navigate(url("/cycles"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Readiness for launch of Launch cycle"))
			.click();
		assertThat(this.page.locator("#check-check-in-day-set")).containsText("✓ Done");
		assertThat(this.page.locator("#check-teams-have-leads")).containsText("There are no teams yet");
		assertThat(this.page.locator("#check-teams-have-leads a")).hasAttribute("href", "/admin/teams");
		this.page.getByLabel("A short message to add to the mail (optional)")
			.fill("Kick-off on Monday at 10 in the big room.");
		button("Save the message").click();
		assertThat(this.page.locator(".notice").first()).hasText("Saved. Your message goes out with the announcement.");
		assertThat(this.page.getByLabel("A short message to add to the mail (optional)"))
			.hasValue("Kick-off on Monday at 10 in the big room.");
		guide("readiness");
		assertAccessible();
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * The user guide's picture of the page as it is, when the guide's pictures are asked
	 * for.
	 */
	private void guide(String name) {
		String folder = System.getProperty("lodestar.user-guide");
		screenshot(name);
		if (folder != null && !folder.isBlank()) {
			this.page
				.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
		}
	}

}
