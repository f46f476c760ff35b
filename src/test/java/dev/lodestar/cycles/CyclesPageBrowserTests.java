package dev.lodestar.cycles;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The cycles page as champions and members use it, in a database of its own: the page
 * lists every cycle with its controls, and in the database the other tests share, where
 * almost every test adds cycles, each journey took 20 to 42 seconds in CI.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:cycles-page;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class CyclesPageBrowserTests extends BrowserTest {

	@Test
	void aChampionCreatesACycleAndMovesItThroughItsPhases() {
		Person champion = person("champion");
		signIn(champion.email(), PASSWORD);
		this.page.navigate(url("/cycles"));
		assertThat(this.page.getByLabel("Name")).not().isEmpty();
		screenshot("cycles");
		assertAccessible();

		String name = "Cycle " + UUID.randomUUID().toString().substring(0, 8);
		this.page.getByLabel("Name").fill(name);
		this.page.getByLabel("Starts").fill("2031-04-01");
		this.page.getByLabel("Ends").fill("2031-03-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create cycle")).click();
		assertThat(this.page.locator("#cycle-end-error")).hasText("must be after the start date");
		assertThat(this.page.getByLabel("Ends")).hasAttribute("aria-describedby", "cycle-end-error");
		assertThat(this.page.getByLabel("Name")).hasValue(name);
		assertThat(this.page.getByLabel("Starts")).hasValue("2031-04-01");
		screenshot("cycles-refused");
		assertAccessible();

		this.page.getByLabel("Ends").fill("2031-06-30");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create cycle")).click();
		Locator card = this.page.locator(".cycle-card", new Page.LocatorOptions().setHasText(name));
		assertThat(card.locator(".phase")).hasText("prepare");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move to set")).click();
		assertThat(card.locator(".phase")).hasText("set");
		assertThat(this.page.locator(".notice")).containsText(name + " is now in set");
		screenshot("cycles-moved");
	}

	@Test
	void closingACycleAsksFirst() {
		String id = cycle("reflect");
		String name = this.admin.get("/api/v1/cycles/" + id).field("name");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/cycles"));
		Locator card = this.page.locator("#cycle-" + id);
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move to closed…")).click();
		assertThat(card.locator(".confirm")).containsText("read-only");
		assertThat(card.locator(".phase")).hasText("reflect");
		screenshot("cycles-confirm-close");
		assertAccessible();
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the cycle")).click();
		assertThat(card.locator(".phase")).hasText("closed");
		assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
	}

	@Test
	void aCycleBesideOthersIsCreatedOnceConfirmedAndASecondOfTheSameNameIsRefused() {
		String executing = cycle("execute");
		String executingName = this.admin.get("/api/v1/cycles/" + executing).field("name");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/cycles"));
		String year = "Year " + UUID.randomUUID().toString().substring(0, 8);
		this.page.getByLabel("Name").fill(year);
		this.page.getByLabel("Starts").fill(java.time.LocalDate.now().minusDays(10).toString());
		this.page.getByLabel("Ends").fill(java.time.LocalDate.now().plusDays(300).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create cycle")).click();
		Locator warning = this.page.locator(".overlap-warning");
		assertThat(warning).containsText(executingName);
		assertThat(this.page.locator(".cycle-card", new Page.LocatorOptions().setHasText(year))).hasCount(0);
		screenshot("cycles-overlap-warning");
		assertAccessible();

		warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create it anyway")).click();
		assertThat(this.page.locator(".notice")).containsText("Created " + year);
		Locator card = this.page.locator(".cycle-card", new Page.LocatorOptions().setHasText(year));
		assertThat(card.locator(".phase")).hasText("prepare");
		assertThat(card.locator(".tag")).hasCount(0);

		this.page.getByLabel("Name").fill(" " + executingName.toLowerCase() + " ");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create cycle")).click();
		assertThat(this.page.locator("#cycle-name-error")).hasText("is already the name of another cycle");
		assertThat(this.page.locator(".overlap-warning")).hasCount(0);
		assertAccessible();
	}

	@Test
	void movingToReflectAsksFirst() {
		String id = cycle("execute");
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/cycles"));
		Locator card = this.page.locator("#cycle-" + id);
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move to reflect…")).click();
		assertThat(card.locator(".confirm")).containsText("no going back to execute");
		assertThat(card.locator(".phase")).hasText("execute");
		org.assertj.core.api.Assertions.assertThat(this.admin.get("/api/v1/cycles/" + id).field("phase"))
			.isEqualTo("execute");
		screenshot("cycles-confirm-reflect");
		assertAccessible();
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move to reflect").setExact(true))
			.click();
		assertThat(card.locator(".phase")).hasText("reflect");
	}

	@Test
	void aMemberSeesNoControlsAndTheServerRefusesThem() {
		String id = cycle("prepare");
		Person member = person("member");
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/cycles"));
		assertThat(this.page.locator("#cycle-" + id)).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create cycle")))
			.hasCount(0);
		assertThat(this.page.locator(".cycle-actions")).hasCount(0);
		screenshot("cycles-member");
		this.page.setViewportSize(390, 844);
		screenshot("cycles-member-phone");
		assertAccessible();

		org.assertj.core.api.Assertions
			.assertThat(post("/cycles", "name=Sneaky&startDate=2031-01-01&endDate=2031-03-31"))
			.isEqualTo(403);
		org.assertj.core.api.Assertions.assertThat(post("/cycles/" + id + "/phase", "phase=set&version=0"))
			.isEqualTo(403);
		org.assertj.core.api.Assertions.assertThat(this.admin.get("/api/v1/cycles/" + id).field("phase"))
			.isEqualTo("prepare");
	}

	/**
	 * Posts a form from the signed-in page, with its CSRF token, as a hand-made request
	 * would.
	 */
	private int post(String path, String form) {
		return ((Number) this.page.evaluate("""
				async ([path, form]) => {
				  const headers = JSON.parse(document.body.getAttribute('hx-headers'));
				  headers['Content-Type'] = 'application/x-www-form-urlencoded';
				  const reply = await fetch(path, { method: 'POST', headers, body: form, redirect: 'manual' });
				  return reply.status;
				}""", java.util.List.of(path, form))).intValue();
	}

}
