package dev.lodestar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.PageChecks;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One word of 200 characters in every title, name and text, and values of fifteen digits,
 * must not widen any page beyond the window, on a laptop and on a phone: long words wrap,
 * big numbers are written short, and a table that must stay wide scrolls inside its own
 * box.
 */
class LongTextBrowserTests extends BrowserTest {

	/**
	 * The largest value a key result takes ({@code < 1e15}, see the API's hardening
	 * rules).
	 */
	private static final double BIG = 999_999_999_999_999.0;

	private static final String DIGITS = "123456789012345678901234567890";

	@Test
	void noPageIsWiderThanTheWindowWithLongWordsAndBigNumbers() {
		String word = word();
		String email = "long-" + UUID.randomUUID() + "@lodestar.test";
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", word(), "email", email, "role", "admin", "password", PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String personId = created.field("id");
		Person person = new Person(personId, email, this.anonymous.withToken(token(email, PASSWORD)));
		String team = team(word());
		join(team, person, true);
		String cycle = cycle("execute");
		this.admin.patch("/api/v1/cycles/" + cycle, Map.of("name", word()));
		String objective = created(this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamId", team, "title", word, "description", word + " " + DIGITS)));
		this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));
		String keyResult = created(
				this.admin.post("/api/v1/objectives/" + objective + "/key-results", Map.of("title", word(), "ownerId",
						personId, "type", "metric", "startValue", -BIG, "targetValue", BIG, "unit", DIGITS)));
		String checkIn = created(person.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", BIG - 1, "confidence", 3, "note", word(), "blockers", word())));
		created(person.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", word())));
		String monday = LocalDate.now().with(DayOfWeek.MONDAY).toString();
		person.api().post("/api/v1/teams/" + team + "/weeks/" + monday + "/priorities", Map.of("text", word()));
		person.api().post("/api/v1/teams/" + team + "/weeks/" + monday + "/wins", Map.of("text", word()));
		person.api().post("/api/v1/kudos", Map.of("toId", personId, "teamId", team, "message", word()));

		List<String> pages = List.of("/", "/company?cycle=" + cycle, "/teams/" + team + "?cycle=" + cycle,
				"/objectives/" + objective, "/key-results/" + keyResult, "/check-ins/" + checkIn,
				"/gaps?cycle=" + cycle, "/cycles", "/cycles/" + cycle + "/report", "/cycles/" + cycle + "/celebration",
				"/teams/" + team + "/monday", "/teams/" + team + "/friday", "/teams/" + team + "/activity", "/activity",
				"/profile", "/notifications", "/admin/people", "/admin/teams",
				"/teams/" + team + "/retrospectives/" + cycle, "/objectives/" + objective + "/edit",
				"/key-results/" + keyResult + "/edit", "/cycles/" + cycle + "/reset", "/profile/tokens",
				"/profile/reminders", "/admin/settings", "/admin/webhooks", "/check-ins/import");
		signIn(email, PASSWORD);
		List<String> tooWide = new ArrayList<>();
		for (int width : new int[] { 1280, 390 }) {
			this.page.setViewportSize(width, 900);
			for (String path : pages) {
				this.page.navigate(url(path));
				String overflow = PageChecks.sidewaysScroll(this.page);
				if (overflow != null) {
					tooWide.add(path + " at " + width + " px is " + overflow);
				}
			}
		}
		this.page.setViewportSize(390, 900);
		this.page.navigate(url("/key-results/" + keyResult));
		screenshot("long-text-key-result-phone");
		this.page.setViewportSize(1280, 900);
		this.page.navigate(url("/company?cycle=" + cycle));
		screenshot("long-text-company");
		assertThat(tooWide).isEmpty();
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(this.page.locator("main").innerText()).contains("1 quadrillion").doesNotContain("999999999999999");
	}

	/** A word of 200 letters and digits, different each time (names must be unique). */
	private static String word() {
		String start = UUID.randomUUID().toString().replace("-", "") + DIGITS;
		return (start + "x".repeat(200)).substring(0, 200);
	}

}
