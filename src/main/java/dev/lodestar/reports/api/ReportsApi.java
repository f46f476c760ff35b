package dev.lodestar.reports.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.reports.ConfidenceOutcome;
import dev.lodestar.reports.CycleReport;
import dev.lodestar.reports.CycleReport.SurveySection;
import dev.lodestar.reports.CycleReports;
import dev.lodestar.reports.Figures;
import dev.lodestar.reports.ReportDownloads;
import dev.lodestar.reports.ReportSection;
import dev.lodestar.reports.ReportSections;

/**
 * {@code /api/v1/cycles/{id}/report} (JSON, with a field per section other features add
 * to the report, and PDF), {@code /export.csv} (one row per key result),
 * {@code /check-ins.csv} (one row per check-in) and {@code /report.xlsx} (both, a sheet
 * each); {@code ?teamId=} limits each to one team.
 */
@RestController
class ReportsApi {

	private final CycleReports reports;

	private final ReportDownloads downloads;

	private final ReportSections sections;

	ReportsApi(CycleReports reports, ReportDownloads downloads, ReportSections sections) {
		this.reports = reports;
		this.downloads = downloads;
		this.sections = sections;
	}

	@GetMapping("/api/v1/cycles/{id}/report")
	ReportResource report(Actor actor, @PathVariable String id, @RequestParam(required = false) String teamId) {
		CycleReport report = this.reports.of(CycleId.fromPath(id), team(teamId), "teamId", actor.runsProgram());
		return ReportResource.of(report, this.sections.of(report));
	}

	@GetMapping("/api/v1/cycles/{id}/report.pdf")
	void pdf(Actor actor, @PathVariable String id, @RequestParam(required = false) String teamId,
			HttpServletResponse response) {
		this.downloads.pdf(CycleId.fromPath(id), team(teamId), "teamId", actor.runsProgram(), response);
	}

	@GetMapping("/api/v1/cycles/{id}/export.csv")
	void keyResults(@PathVariable String id, @RequestParam(required = false) String teamId,
			HttpServletResponse response) {
		this.downloads.keyResults(CycleId.fromPath(id), team(teamId), "teamId", response);
	}

	@GetMapping("/api/v1/cycles/{id}/report.xlsx")
	@Operation(summary = "The cycle's key results and check-ins as an XLSX workbook, one sheet each")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary")))
	void workbook(@PathVariable String id, @RequestParam(required = false) String teamId,
			HttpServletResponse response) {
		this.downloads.workbook(CycleId.fromPath(id), team(teamId), "teamId", response);
	}

	@GetMapping("/api/v1/cycles/{id}/check-ins.csv")
	void checkIns(@PathVariable String id, @RequestParam(required = false) String teamId,
			HttpServletResponse response) {
		this.downloads.checkIns(CycleId.fromPath(id), team(teamId), "teamId", response);
	}

	private static TeamId team(String teamId) {
		return (teamId != null && !teamId.isBlank()) ? TeamId.fromField("teamId", teamId) : null;
	}

	/**
	 * The report as the API gives it; {@code sections} are written as fields of their own
	 * after {@code surveys}, such as {@code maturity}.
	 */
	record ReportResource(CycleId cycleId, String cycleName, Phase phase, LocalDate startDate, LocalDate endDate,
			boolean scored, LocalDate asOf, int weeks, TeamId teamId, FiguresResource company, long retrospectivesHeld,
			long retrospectivesExpected, List<TeamResource> teams, List<LearningsResource> learnings,
			List<SurveySection> surveys, @JsonAnyGetter Map<String, Object> sections) {

		static ReportResource of(CycleReport report, List<ReportSection.Shown> sections) {
			Map<String, Object> fields = new LinkedHashMap<>();
			sections.forEach((section) -> fields.put(section.field(), section.resource()));
			return new ReportResource(report.cycle().id(), report.cycle().name(), report.cycle().phase(),
					report.cycle().startDate(), report.cycle().endDate(), report.scored(), report.asOf(),
					report.weeks(), report.teamId(), FiguresResource.of(report.company()), report.retrospectivesHeld(),
					report.retrospectivesExpected(), report.teams().stream().map(TeamResource::of).toList(),
					report.learnings().stream().map(LearningsResource::of).toList(), report.surveys(), fields);
		}

	}

	record TeamResource(TeamId teamId, String teamName, boolean companyWide, FiguresResource figures,
			Boolean retrospectiveHeld) {

		static TeamResource of(CycleReport.TeamRow row) {
			return new TeamResource(row.teamId(), row.name(), row.teamId() == null, FiguresResource.of(row.figures()),
					row.retrospectiveHeld());
		}

	}

	record FiguresResource(int objectives, int keyResults, Double averageProgress, Double averageScore,
			String averageScoreBand, CommittedResource expectationsMet, CommittedResource committedMet,
			Double aspirationalAverage, Double checkInRegularity, ConfidenceResource confidenceVsOutcome) {

		static FiguresResource of(Figures figures) {
			return new FiguresResource(figures.objectives(), figures.keyResults(), figures.averageProgress(),
					figures.averageScore(), (figures.band() != null) ? figures.band().range() : null,
					new CommittedResource(figures.met(), figures.scored()),
					new CommittedResource(figures.committedMet(), figures.committed()), figures.aspirationalAverage(),
					figures.checkInRegularity(), ConfidenceResource.of(figures.confidence()));
		}

	}

	record CommittedResource(int met, int of) {
	}

	record ConfidenceResource(int keyResults, int predicted, Double predictedShare, int confidentMet,
			int confidentMissed, int doubtfulMet, int doubtfulMissed) {

		static ConfidenceResource of(ConfidenceOutcome outcome) {
			return new ConfidenceResource(outcome.total(), outcome.predicted(), outcome.predictedShare(),
					outcome.confidentMet(), outcome.confidentMissed(), outcome.doubtfulMet(), outcome.doubtfulMissed());
		}

	}

	record LearningsResource(TeamId teamId, String teamName, String worked, String change,
			List<ObjectiveLearningResource> objectives) {

		static LearningsResource of(CycleReport.TeamLearnings learnings) {
			return new LearningsResource(learnings.teamId(), learnings.name(), learnings.worked(), learnings.change(),
					learnings.objectives()
						.stream()
						.map((one) -> new ObjectiveLearningResource(one.objectiveId(), one.title(), one.learning()))
						.toList());
		}

	}

	record ObjectiveLearningResource(ObjectiveId objectiveId, String title, String learning) {
	}

}
