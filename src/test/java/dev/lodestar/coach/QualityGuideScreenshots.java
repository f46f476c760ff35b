package dev.lodestar.coach;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.BrowserSuite;
import dev.lodestar.testing.Chromium;
import dev.lodestar.testing.GuideCamera;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the screenshots of the user guide's sections on the quality of OKRs, from the
 * demo organisation's current quarter: the coach beside a lead's new objective and beside
 * a key result that counts work, the champion's summary of the coach's findings per team,
 * the cycle's overlaps, the template library on one area with a weak version unfolded,
 * and a draft submitted for review as its approver sees it. Review is switched on for the
 * run and off again at its end. Not a test of behaviour: it runs only when asked, with
 * {@code ./mvnw test -Dtest=QualityGuideScreenshots -Dlodestar.user-guide=docs/images}.
 */
@BrowserSuite
@EnabledIfSystemProperty(named = "lodestar.user-guide", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:quality-guide;DB_CLOSE_DELAY=-1" })
class QualityGuideScreenshots {

	/** Everyone's password in the demo organisation. */
	private static final String DEMO_PASSWORD = "lodestar-demo";

	/**
	 * The lead who writes a new objective: Mobile's, whose parent team Engineering
	 * reviews it.
	 */
	private static final String LEAD = "lukas.weber@northwind.example";

	/** Engineering's lead, who reviews what Mobile submits. */
	private static final String APPROVER = "daniel.brennan@northwind.example";

	/** A champion, who reads the cycle's findings and overlaps. */
	private static final String CHAMPION = "priya.raman@northwind.example";

	/** The objective the lead writes: a piece of work named as the objective. */
	private static final String TITLE = "Launch in-app chat between drivers and dispatchers";

	@LocalServerPort
	int port;

	@Test
	void takeTheQualityScreenshots() {
		Path folder = Path.of(System.getProperty("lodestar.user-guide"));
		Api admin = new Api(this.port);
		admin = admin.withToken(admin.withBasic("admin@northwind.example", DEMO_PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "screenshots"))
			.field("token"));
		String cycle = currentCycle(admin);
		String team = team(admin, "Mobile");
		try (BrowserContext context = Chromium.newContext(1280, 900)) {
			Page page = context.newPage();
			camera().signIn(page, LEAD, DEMO_PASSWORD);
			String objective = writeAnObjective(page, folder, team, cycle);
			page.context().clearCookies();

			camera().signIn(page, CHAMPION, DEMO_PASSWORD);
			page.navigate(camera().url("/cycles/" + cycle + "/coach"));
			assertThat(page.locator(".coach-table")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("coach-summary.png")));
			page.navigate(camera().url("/cycles/" + cycle + "/overlaps"));
			assertThat(page.locator("main")).containsText("discount on multi-year deals");
			shootDown(page, page.locator("main section").last(), folder.resolve("overlaps.png"));
			page.navigate(camera().url("/templates?area=support"));
			Locator template = page.locator("article.template").first();
			template.locator("details.template-bad summary").click();
			assertThat(template.locator(".template-why")).isVisible();
			page.locator("form.filters")
				.evaluate("(form) => window.scrollTo(0, form.getBoundingClientRect().top" + " + window.scrollY - 16)");
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("templates.png")));
			page.context().clearCookies();

			review(admin, page, folder, cycle, objective);
		}
		finally {
			admin.patch("/api/v1/settings", Map.of("objectiveReview", "off"));
		}
	}

	/**
	 * The lead types a new objective on their team's page, creates it, and adds a key
	 * result that counts work: the coach answers both forms.
	 */
	private String writeAnObjective(Page page, Path folder, String team, String cycle) {
		page.navigate(camera().url("/teams/" + team + "?cycle=" + cycle));
		Locator form = page.locator("#new-objective");
		form.locator("summary").click();
		form.getByLabel("Title").fill(TITLE);
		form.getByLabel("Why it matters").fill("Important for drivers.");
		Locator coach = form.locator("#new-objective-coach");
		assertThat(coach.locator("[data-rule=output-not-outcome]")).hasCount(1);
		assertThat(coach.locator("[data-rule=no-why]")).hasCount(1);
		form.locator("form")
			.screenshot(
					new Locator.ScreenshotOptions().setPath(Path.of("target/screenshots/quality-new-objective.png")));

		form.getByLabel("Why it matters")
			.fill("Drivers call the dispatcher for every change of plan, and every call is a van standing still "
					+ "with its engine running.");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create objective")).click();
		Locator card = page.locator(".team-card").filter(new Locator.FilterOptions().setHasText(TITLE));
		assertThat(card).isVisible();
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add key result to " + TITLE)).click();
		Locator adding = card.locator("form.edit-form");
		adding.getByLabel("Title").fill("Publish 6 how-to videos on the chat");
		adding.getByLabel("Type").selectOption("metric");
		adding.getByLabel("Start value").fill("0");
		adding.getByLabel("Target value").fill("6");
		adding.getByLabel("Unit (optional)").fill("videos");
		Locator keyResultCoach = adding.locator(".coach-panel");
		assertThat(keyResultCoach.locator("[data-rule=output-not-outcome]")
			.filter(new Locator.FilterOptions().setHasText("Publish 6"))).containsText("Counts work done");
		card.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve("coach-draft.png")));
		adding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add key result")).click();
		assertThat(card.locator(".team-krs")).containsText("Publish 6 how-to videos on the chat");
		String href = card.locator("a[href^='/objectives/']").first().getAttribute("href");
		return href.substring("/objectives/".length());
	}

	/**
	 * Review switched on, the lead submits the draft, and its approver finds it waiting
	 * and opens it.
	 */
	private void review(Api admin, Page page, Path folder, String cycle, String objective) {
		Reply on = admin.patch("/api/v1/settings", Map.of("objectiveReview", "required"));
		if (on.status() != 200) {
			throw new IllegalStateException("Review could not be switched on: " + on);
		}
		camera().signIn(page, LEAD, DEMO_PASSWORD);
		page.navigate(camera().url("/objectives/" + objective));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		assertThat(page.locator(".tags .tag.status-in-review")).hasText("in review");
		page.context().clearCookies();

		camera().signIn(page, APPROVER, DEMO_PASSWORD);
		page.navigate(camera().url("/reviews"));
		assertThat(page.locator(".waiting-list li")).containsText(new String[] { TITLE });
		shootDown(page, page.locator("main .card").first(), folder.resolve("review-waiting.png"));
		page.navigate(camera().url("/objectives/" + objective));
		Locator review = page.locator("#review");
		assertThat(review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve"))).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("review-objective.png")));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/quality-review-full.png"))
			.setFullPage(true));
		page.context().clearCookies();

		camera().signIn(page, CHAMPION, DEMO_PASSWORD);
		page.navigate(camera().url("/reviews/teams?cycle=" + cycle));
		assertThat(page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Mobile"))).isVisible();
		shootDown(page, page.locator("main .table-scroll"), folder.resolve("review-teams.png"));
	}

	/**
	 * A screenshot of the page's whole width, from its top down to a little below the
	 * given element, so that a short page does not end in a blank screen.
	 */
	private static void shootDown(Page page, Locator last, Path file) {
		double bottom = last.boundingBox().y + last.boundingBox().height + 24;
		page.screenshot(new Page.ScreenshotOptions().setPath(file)
			.setFullPage(true)
			.setClip(0, 0, 1280, Math.min(bottom, 1400)));
	}

	private static String currentCycle(Api admin) {
		String today = LocalDate.now().toString();
		for (JsonNode cycle : admin.get("/api/v1/cycles?limit=100").json().get("items")) {
			if (cycle.get("startDate").asString().compareTo(today) <= 0
					&& cycle.get("endDate").asString().compareTo(today) >= 0) {
				return cycle.get("id").asString();
			}
		}
		throw new IllegalStateException("The demo has no current cycle");
	}

	private static String team(Api admin, String name) {
		for (JsonNode one : admin.get("/api/v1/teams?limit=100").json().get("items")) {
			if (one.get("name").asString().equals(name)) {
				return one.get("id").asString();
			}
		}
		throw new IllegalStateException("The demo has no team " + name);
	}

	private GuideCamera camera() {
		return new GuideCamera(this.port);
	}

}
