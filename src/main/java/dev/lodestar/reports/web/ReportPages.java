package dev.lodestar.reports.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.reports.Celebrations;
import dev.lodestar.reports.CycleReport;
import dev.lodestar.reports.CycleReports;
import dev.lodestar.reports.ReportDownloads;
import dev.lodestar.reports.ReportFormat;
import dev.lodestar.reports.ReportSections;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.SelectOptions;

/**
 * The cycle report page (the company, or one team with {@code ?team=}) with the sections
 * other features add to it and its charts, its PDF, CSV and XLSX downloads, and the
 * cycle's celebration page.
 */
@Controller
class ReportPages {

	private final CycleReports reports;

	private final Celebrations celebrations;

	private final ReportDownloads downloads;

	private final Teams teams;

	private final ReportSections sections;

	/** The team filter's thousand options, rendered once per list of teams. */
	private final SelectOptions<Team> teamOptions = new SelectOptions<>((team) -> team.id().toString(), Team::name);

	ReportPages(CycleReports reports, Celebrations celebrations, ReportDownloads downloads, Teams teams,
			ReportSections sections) {
		this.reports = reports;
		this.celebrations = celebrations;
		this.downloads = downloads;
		this.teams = teams;
		this.sections = sections;
	}

	@GetMapping("/cycles/{id}/report")
	String report(Actor actor, @PathVariable String id, @RequestParam(required = false) String team, Model model) {
		CycleId cycleId = CycleId.fromPath(id);
		CycleReport report = this.reports.of(cycleId, team(team), "team", actor.runsProgram());
		model.addAttribute("report", report);
		model.addAttribute("sections", this.sections.of(report));
		model.addAttribute("charts", this.reports.charts(report));
		model.addAttribute("fmt", ReportFormat.INSTANCE);
		model.addAttribute("teamOptions",
				this.teamOptions.html(this.teams.all(), (report.teamId() != null) ? report.teamId().toString() : null));
		return "reports/report";
	}

	@GetMapping("/cycles/{id}/celebration")
	String celebration(@PathVariable String id, Model model) {
		model.addAttribute("celebration", this.celebrations.of(CycleId.fromPath(id)));
		model.addAttribute("fmt", ReportFormat.INSTANCE);
		return "reports/celebration";
	}

	@GetMapping("/cycles/{id}/report.pdf")
	void pdf(Actor actor, @PathVariable String id, @RequestParam(required = false) String team,
			HttpServletResponse response) {
		this.downloads.pdf(CycleId.fromPath(id), team(team), "team", actor.runsProgram(), response);
	}

	@GetMapping("/cycles/{id}/export.csv")
	void keyResults(@PathVariable String id, @RequestParam(required = false) String team,
			HttpServletResponse response) {
		this.downloads.keyResults(CycleId.fromPath(id), team(team), "team", response);
	}

	@GetMapping("/cycles/{id}/report.xlsx")
	void workbook(@PathVariable String id, @RequestParam(required = false) String team, HttpServletResponse response) {
		this.downloads.workbook(CycleId.fromPath(id), team(team), "team", response);
	}

	@GetMapping("/cycles/{id}/check-ins.csv")
	void checkIns(@PathVariable String id, @RequestParam(required = false) String team, HttpServletResponse response) {
		this.downloads.checkIns(CycleId.fromPath(id), team(team), "team", response);
	}

	/** The team of the filter; a malformed or unknown one shows the whole company. */
	private TeamId team(String team) {
		if (team == null || team.isBlank()) {
			return null;
		}
		try {
			TeamId id = TeamId.fromField("team", team);
			return this.teams.exists(id) ? id : null;
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

}
