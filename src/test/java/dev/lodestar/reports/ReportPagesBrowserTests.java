package dev.lodestar.reports;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ReportPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportShowsTheHeadlineTheTeamsConfidenceAndLearningsAndFiltersByTeam() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		Person viewer = person("viewer");
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/cycles"));
		this.page.locator("#cycle-" + fixture.cycle())
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cycle report"))
			.click();

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Cycle report");
		Locator figures = this.page.locator(".report-headline .report-figures");
		assertThat(figures).containsText("Average score");
		assertThat(figures).containsText("0.8");
		assertThat(figures).containsText("1 of 2");
		assertThat(figures).containsText("67 %");
		Locator alpha = this.page.locator("#team-" + fixture.alpha());
		assertThat(alpha).containsText(fixture.alphaName());
		assertThat(alpha.locator("td").nth(1)).hasText("1.0");
		assertThat(alpha.locator("td").nth(4)).hasText("50 %");
		assertThat(alpha.locator("td").nth(6)).hasText("held");
		assertThat(this.page.locator("#team-" + fixture.beta()).locator("td").nth(1)).hasText("0.3");
		assertThat(this.page.locator(".report-predicted")).containsText("1 of 3 key results");
		assertThat(this.page.locator(".report-learning")).containsText("Set targets in week one");
		assertThat(this.page.locator(".report-learning")).containsText("Small steps beat a big launch");
		assertThat(this.page.locator(".report-surveys")).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF")))
			.hasAttribute("href", "/cycles/" + fixture.cycle() + "/report.pdf");
		Locator maturity = this.page.locator("#report-maturity");
		assertThat(maturity.locator("h2")).hasText("How the organisation’s OKRs mature");
		assertThat(maturity.locator(".report-maturity-when")).containsText("is not closed yet");
		assertAccessible();

		this.page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).selectOption(fixture.beta());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

		assertThat(this.page.locator(".report-table tbody tr")).hasCount(1);
		assertThat(this.page.locator(".report-table tbody tr")).containsText(fixture.betaName());
		// Beta has closed no cycle yet
		assertThat(maturity.locator("h2")).hasText("How the team’s OKRs mature");
		assertThat(maturity.locator(".tag.stage")).hasText("First cycle");
		assertThat(maturity.locator(".maturity-stage")).containsText("no cycle completed yet");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Key results (CSV)")))
			.hasAttribute("href", "/cycles/" + fixture.cycle() + "/export.csv?team=" + fixture.beta());
		this.page.setViewportSize(390, 844);
		assertAccessible();
	}

	@Test
	void aClosedCyclesReportShowsTheTeamsMaturityAsItStoodWhenItClosed() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		Reply closed = this.admin.post("/api/v1/cycles/" + fixture.cycle() + "/phase", Map.of("phase", "closed"));
		org.assertj.core.api.Assertions.assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		Person viewer = person("viewer");
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/cycles/" + fixture.cycle() + "/report?team=" + fixture.alpha()));

		// Alpha's first closed cycle: 10 weeks, the metric checked in in 3 of them and
		// the
		// milestone in 1 (20 %), the metric from a baseline (1 of 2), its retrospective
		// held
		Locator maturity = this.page.locator("#report-maturity");
		assertThat(maturity.locator("h2")).hasText("How the team’s OKRs mature");
		assertThat(maturity.locator(".report-maturity-when")).hasText(Pattern.compile(
				"^As it stood when Report cycle \\w+ closed, read from the cycles closed up to and including it\\.$"));
		assertThat(maturity.locator(".tag.stage")).hasText("Learning");
		assertThat(maturity.locator(".maturity-stage")).containsText("1 cycle completed");
		assertThat(maturity.locator(".maturity-focus li").first()).containsText("Check in every week: 20 %");
		maturity.locator("summary").click();
		Locator signals = maturity.locator(".maturity-signals");
		assertThat(signals.locator("dt").nth(0)).hasText("Weeks checked in");
		assertThat(signals.locator("dd").nth(0)).hasText("20 %");
		assertThat(signals.locator("dt").nth(1)).hasText("Key results with a baseline");
		assertThat(signals.locator("dd").nth(1)).hasText("50 %");
		assertThat(signals.locator("dt").nth(4)).hasText("Retrospectives held");
		assertThat(signals.locator("dd").nth(4)).hasText("100 %");
		screenshot("report-maturity");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		assertAccessible();
	}

	@Test
	void theReportDownloadsWorkSignedIn() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		signIn(owner.email(), PASSWORD);
		var csv = this.page.request().get(url("/cycles/" + fixture.cycle() + "/check-ins.csv"));
		org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(csv.headers().get("content-type")).startsWith("text/csv");
		org.assertj.core.api.Assertions.assertThat(csv.text()).contains(ReportFixture.NOTE.replace("\"", "\"\""));
		var pdf = this.page.request().get(url("/cycles/" + fixture.cycle() + "/report.pdf"));
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aCycleNotScoredYetSaysSo() {
		String cycle = cycle("execute");
		Person viewer = person("viewer");
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/cycles/" + cycle + "/report"));
		assertThat(this.page.locator(".report-note")).containsText("not scored yet");
		assertThat(this.page.locator(".report-figures")).containsText("Average progress");
		assertAccessible();
	}

	@Test
	void theCelebrationShowsWhatWentWellAndTheKudos() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		Reply kudos = this.admin.post("/api/v1/kudos",
				Map.of("toId", owner.id(), "teamId", fixture.alpha(), "message", "Thanks for launching in Spain"));
		org.assertj.core.api.Assertions.assertThat(kudos.status()).as(kudos.toString()).isEqualTo(201);
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/cycles/" + fixture.cycle() + "/report"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Celebrate the cycle")).click();

		Locator numbers = this.page.locator(".celebration-numbers li");
		assertThat(numbers.nth(0)).hasText("2 objectives met their expectation");
		assertThat(numbers.nth(1)).hasText("2 key results scored 0.7 or more");
		assertThat(numbers.nth(2)).hasText("1 milestone done");
		assertThat(this.page.locator("section[aria-labelledby=met-heading]")).containsText("Make paying effortless");
		assertThat(this.page.locator("section[aria-labelledby=met-heading]")).containsText("Open a second market");
		assertThat(this.page.locator("section[aria-labelledby=met-heading]")).not().containsText("Find things faster");
		assertThat(this.page.locator("section[aria-labelledby=milestones-heading]")).containsText("Launch in Spain");
		assertThat(this.page.locator(".celebration-kudos")).containsText("Thanks for launching in Spain");
		assertAccessible();
		this.page.setViewportSize(390, 844);
		assertAccessible();
	}

	@Test
	void theReportChartsScoresKindsAndWeeksAndFitsBothWidths() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		Person viewer = person("viewer");
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/cycles/" + fixture.cycle() + "/report"));

		Locator charts = this.page.locator(".report-charts");
		assertThat(charts.locator("svg[role=img]")).hasCount(3);
		assertThat(charts.locator("figcaption")).hasCount(3);
		// the metric and the milestone scored 1.0, Beta's metric 0.3
		Locator bands = charts.locator(".report-chart").nth(0);
		assertThat(bands.locator("svg title"))
			.hasText("Key results by score band: 1 at 0.0–0.3, 0 at 0.4–0.6, 2 at 0.7–1.0");
		assertThat(bands.locator("rect.band-low")).hasCount(1);
		assertThat(bands.locator("rect.band-high")).hasCount(1);
		assertThat(bands.locator("text.chart-value")).hasText(new String[] { "1", "0", "2" });
		bands.locator("summary").click();
		assertThat(bands.locator("tbody tr td:first-child")).hasText(new String[] { "0.0–0.3", "0.4–0.6", "0.7–1.0" });
		assertThat(bands.locator("tbody tr td:last-child")).hasText(new String[] { "1", "0", "2" });
		// committed: Alpha's 1.0 and Beta's 0.3; aspirational: Alpha's 1.0
		Locator kinds = charts.locator(".report-chart").nth(1);
		kinds.locator("summary").click();
		assertThat(kinds.locator("tbody tr").nth(0).locator("td"))
			.hasText(new String[] { "Committed", "2", "0.7", "1.0" });
		assertThat(kinds.locator("tbody tr").nth(1).locator("td"))
			.hasText(new String[] { "Aspirational", "1", "1.0", "0.7" });
		assertThat(kinds.locator("line.report-expected")).hasCount(2);
		// of three key results: two checked in in weeks 1 and 2, one in week 3, all three
		// in week 4
		Locator weeks = charts.locator(".report-chart").nth(2);
		assertThat(weeks.locator("rect.report-week")).hasCount(4);
		weeks.locator("summary").click();
		assertThat(weeks.locator("tbody tr td:last-child")).hasText(new String[] { "67 %", "67 %", "33 %", "100 %" });
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spreadsheet (XLSX)")))
			.hasAttribute("href", "/cycles/" + fixture.cycle() + "/report.xlsx");
		assertFits(1280);
		screenshot("report-charts-1280");
		assertAccessible();

		this.page.setViewportSize(390, 844);
		assertFits(390);
		charts.scrollIntoViewIfNeeded();
		screenshot("report-charts-390");
		assertAccessible();

		// Beta alone: its one key result was checked in every week
		this.page.navigate(url("/cycles/" + fixture.cycle() + "/report?team=" + fixture.beta()));
		Locator betaWeeks = this.page.locator(".report-charts .report-chart").nth(2);
		betaWeeks.locator("summary").click();
		assertThat(betaWeeks.locator("tbody tr td:last-child"))
			.hasText(new String[] { "100 %", "100 %", "100 %", "100 %" });
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spreadsheet (XLSX)")))
			.hasAttribute("href", "/cycles/" + fixture.cycle() + "/report.xlsx?team=" + fixture.beta());
	}

	private void assertFits(int width) {
		this.page.waitForFunction("() => window.innerWidth === " + width);
		Object fits = this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(fits)
			.as("the report scrolls sideways at " + width + " px: "
					+ this.page.evaluate("() => document.documentElement.scrollWidth"))
			.isEqualTo(true);
	}

}
