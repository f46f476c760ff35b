package dev.lodestar.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report (page, JSON, CSV, PDF, XLSX) and the celebration run as many SQL statements
 * for a cycle of ten teams as for a cycle of one.
 */
class ReportQueryCountTests extends ApiTest {

	@Test
	void statementsDoNotGrowWithTeams() {
		Person owner = person("member");
		String one = scoredCycle(owner, 1);
		String ten = scoredCycle(owner, 10);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		List<String> paths = List.of("/cycles/%s/report", "/cycles/%s/celebration", "/cycles/%s/export.csv",
				"/cycles/%s/check-ins.csv", "/cycles/%s/report.pdf", "/cycles/%s/report.xlsx");
		for (String path : paths) {
			// the first view of a report reads it and keeps it until something in it
			// changes
			browser.get(path.formatted(one));
			browser.get(path.formatted(ten));
			long forOne = this.queries
				.during(() -> assertThat(browser.get(path.formatted(one)).statusCode()).isEqualTo(200));
			long forTen = this.queries
				.during(() -> assertThat(browser.get(path.formatted(ten)).statusCode()).isEqualTo(200));
			System.out.println("Statements of " + path + ": " + forOne + " for one team, " + forTen + " for ten");
			assertThat(forTen).as(path).isEqualTo(forOne);
			assertThat(forOne).as(path).isLessThan(20);
		}
		owner.api().get("/api/v1/cycles/" + one + "/report");
		owner.api().get("/api/v1/cycles/" + ten + "/report");
		long apiForOne = this.queries
			.during(() -> assertThat(owner.api().get("/api/v1/cycles/" + one + "/report").status()).isEqualTo(200));
		long apiForTen = this.queries
			.during(() -> assertThat(owner.api().get("/api/v1/cycles/" + ten + "/report").status()).isEqualTo(200));
		System.out.println("Statements of the JSON report: " + apiForOne + " for one team, " + apiForTen + " for ten");
		assertThat(apiForTen).isEqualTo(apiForOne);
	}

	private String scoredCycle(Person owner, int teams) {
		String cycle = cycle("execute");
		List<String> teamIds = new ArrayList<>();
		for (int i = 0; i < teams; i++) {
			String team = team("Counted " + UUID.randomUUID());
			teamIds.add(team);
			String committed = ReportFixture.objective(this.admin, cycle, team, "Committed " + i, "committed");
			String metric = ReportFixture.keyResult(this.admin, committed, owner.id(), "Metric " + i, "metric", 0, 10);
			ReportFixture.checkIn(this.admin, metric, 10, 8, "done");
			String aspirational = ReportFixture.objective(this.admin, cycle, team, "Stretch " + i, "aspirational");
			String milestone = ReportFixture.keyResult(this.admin, aspirational, owner.id(), "Milestone " + i,
					"milestone", 0, 1);
			ReportFixture.checkIn(this.admin, milestone, 1, 5, null);
			this.admin.post("/api/v1/kudos", Map.of("toId", owner.id(), "teamId", team, "message", "Thanks " + i));
		}
		ReportFixture.objective(this.admin, cycle, null, "Company-wide", "committed");
		assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect")).status())
			.isEqualTo(200);
		for (String team : teamIds) {
			this.admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team,
					Map.of("worked", "Focus", "change", "Less", "held", true));
		}
		return cycle;
	}

}
