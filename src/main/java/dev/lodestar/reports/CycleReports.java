package dev.lodestar.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInQueries;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.objectives.KeyResultQueries.CycleObjective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.reports.CycleReport.ObjectiveLearning;
import dev.lodestar.reports.CycleReport.TeamLearnings;
import dev.lodestar.reports.CycleReport.TeamRow;
import dev.lodestar.retrospectives.Retrospective;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.surveys.SurveyResults;
import dev.lodestar.surveys.Surveys;
import dev.lodestar.versions.DataVersions;
import dev.lodestar.versions.VersionedCache;

/**
 * Works out a cycle's report in a fixed handful of queries, however many teams,
 * objectives and check-ins there are: one for the objectives and key results (the
 * objectives module's {@link KeyResultQueries#checkedInOf}: each key result with its
 * check-in weeks and its confidence at the cut-off, from correlated subqueries on the
 * check-in index), one for the retrospectives, one for the learnings. Archived objectives
 * are left out. Everyone may read it.
 * <p>
 * <b>Check-in regularity</b>: the cycle's weeks run in sevens of days from its start
 * (midnight in the organisation's time zone) to its end, or to today while it runs; a key
 * result's regularity is the share of those weeks in which it got at least one check-in,
 * and a team's is the mean over its key results.
 * <p>
 * <b>Confidence against outcome</b>: see {@link ConfidenceOutcome}; the confidence is the
 * latest one given on or before the day 30 days before the cycle's end.
 */
@Service
@Transactional(readOnly = true)
public class CycleReports {

	/**
	 * How long before the end a confidence must have been given to count as a forecast.
	 */
	public static final int FORECAST_DAYS = 30;

	private final KeyResultQueries keyResults;

	private final CheckInQueries checkIns;

	private final Cycles cycles;

	private final Teams teams;

	private final Program program;

	private final Retrospectives retrospectives;

	private final Surveys surveys;

	private final Clock clock;

	/**
	 * Reports kept while nothing they show changed: objectives, key results and
	 * check-ins, team and owner names, retrospectives, learnings and the survey.
	 */
	private final VersionedCache<Asked, CycleReport> kept;

	CycleReports(KeyResultQueries keyResults, CheckInQueries checkIns, Cycles cycles, Teams teams, Program program,
			Retrospectives retrospectives, Surveys surveys, Clock clock, DataVersions versions) {
		this.kept = new VersionedCache<>(versions,
				List.of(DataVersions.OBJECTIVES, DataVersions.TEAMS, DataVersions.PEOPLE, DataVersions.REFLECTIONS),
				64);
		this.surveys = surveys;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.cycles = cycles;
		this.teams = teams;
		this.program = program;
		this.retrospectives = retrospectives;
		this.clock = clock;
	}

	/**
	 * The report of a cycle, for the company or limited to one team; a 404 for an unknown
	 * cycle, a 400 naming {@code field} for an unknown team.
	 */
	public CycleReport of(CycleId cycleId, TeamId teamId, String field) {
		return of(cycleId, teamId, field, false);
	}

	/**
	 * The report of a cycle, as {@link #of(CycleId, TeamId, String)}; {@code withSurvey}
	 * adds the survey's results, which only admins and champions see.
	 */
	public CycleReport of(CycleId cycleId, TeamId teamId, String field, boolean withSurvey) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of(field, "is not a known team");
		}
		Window window = window(cycle);
		return this.kept.get(new Asked(cycleId, cycle.version(), teamId, withSurvey, window),
				() -> report(cycle, teamId, withSurvey, window));
	}

	private CycleReport report(Cycle cycle, TeamId teamId, boolean withSurvey, Window window) {
		CycleId cycleId = cycle.id();
		List<ObjectiveLine> objectives = objectives(cycle, teamId, window);
		Map<TeamId, Retrospective> retrospectives = this.retrospectives.ofCycle(cycleId)
			.stream()
			.collect(Collectors.toMap(Retrospective::teamId, Function.identity(), (one, other) -> one));
		Map<ObjectiveId, String> learnings = objectives.isEmpty() ? Map.of()
				: this.retrospectives.learningsOf(objectives.stream().map(ObjectiveLine::id).toList());

		Map<TeamId, String> teamNames = new HashMap<>();
		objectives.forEach((one) -> teamNames.put(one.teamId(), one.teamName()));
		List<TeamId> sharers = objectives.stream()
			.flatMap((one) -> one.sharedWith().stream())
			.filter((team) -> !teamNames.containsKey(team))
			.distinct()
			.toList();
		if (!sharers.isEmpty()) {
			teamNames.putAll(this.teams.names(sharers));
		}
		// A shared objective counts in the row of each team that owns it.
		Map<TeamId, List<ObjectiveLine>> byTeam = new java.util.TreeMap<>(
				Comparator.comparing((TeamId team) -> teamNames.getOrDefault(team, ""), String.CASE_INSENSITIVE_ORDER)
					.thenComparing(TeamId::value));
		List<ObjectiveLine> companyWide = new ArrayList<>();
		for (ObjectiveLine one : objectives) {
			if (one.teamId() == null) {
				companyWide.add(one);
				continue;
			}
			byTeam.computeIfAbsent(one.teamId(), (key) -> new ArrayList<>()).add(one);
			one.sharedWith().forEach((team) -> byTeam.computeIfAbsent(team, (key) -> new ArrayList<>()).add(one));
		}
		if (teamId != null) {
			byTeam.keySet().retainAll(List.of(teamId));
		}
		List<TeamRow> rows = new ArrayList<>();
		List<TeamLearnings> taught = new ArrayList<>();
		byTeam.forEach((team, theirs) -> {
			Retrospective retrospective = retrospectives.get(team);
			String name = teamNames.get(team);
			rows.add(new TeamRow(team, name, Figures.of(theirs, window.weeks()),
					retrospective != null && retrospective.held()));
			learningsOf(team, name, retrospective, theirs, learnings).ifPresent(taught::add);
		});
		if (!companyWide.isEmpty()) {
			rows.add(new TeamRow(null, CycleReport.COMPANY_WIDE, Figures.of(companyWide, window.weeks()), null));
			learningsOf(null, CycleReport.COMPANY_WIDE, null, companyWide, learnings).ifPresent(taught::add);
		}
		return new CycleReport(cycle, teamId, window.asOf(), window.weeks(), Figures.of(objectives, window.weeks()),
				rows, objectives, taught, withSurvey ? surveySections(cycleId) : List.of());
	}

	/**
	 * The charts of a report, for its page and its PDF: one more query, for the key
	 * results checked in in each week (none before the cycle's first week or without key
	 * results).
	 */
	public ReportCharts charts(CycleReport report) {
		List<KeyResultLine> lines = report.keyResults();
		if (report.weeks() <= 0 || lines.isEmpty()) {
			return ReportCharts.of(report, Map.of());
		}
		Window window = window(report.cycle());
		return ReportCharts.of(report,
				this.checkIns.keyResultsPerWeek(report.cycle().id(), report.teamId(), window.from(), window.until()));
	}

	/**
	 * The survey on the OKR process, once someone answered it: the response rate and each
	 * scale question's mean. The free-text answers stay on the survey's own results page,
	 * for admins and champions.
	 */
	private List<CycleReport.SurveySection> surveySections(CycleId cycleId) {
		SurveyResults results = this.surveys.results(cycleId);
		if (results.responded() == 0) {
			return List.of();
		}
		List<CycleReport.SurveyFigure> figures = new ArrayList<>();
		figures.add(new CycleReport.SurveyFigure("Response rate", String.format(java.util.Locale.ROOT,
				"%d of %d asked (%.0f %%)", results.responded(), results.asked(), results.responseRate() * 100)));
		results.questions()
			.stream()
			.filter((question) -> question.scale() && question.mean() != null)
			.forEach((question) -> figures.add(new CycleReport.SurveyFigure(question.text(), String
				.format(java.util.Locale.ROOT, "%.1f of 5 (%d answers)", question.mean(), question.count()))));
		return List.of(new CycleReport.SurveySection("Feedback on the OKR process", figures));
	}

	private static java.util.Optional<TeamLearnings> learningsOf(TeamId team, String name, Retrospective retrospective,
			List<ObjectiveLine> objectives, Map<ObjectiveId, String> learnings) {
		List<ObjectiveLearning> about = objectives.stream()
			.filter((one) -> learnings.get(one.id()) != null)
			.map((one) -> new ObjectiveLearning(one.id(), one.title(), learnings.get(one.id())))
			.toList();
		String worked = (retrospective != null) ? blankToNull(retrospective.worked()) : null;
		String change = (retrospective != null) ? blankToNull(retrospective.change()) : null;
		if (about.isEmpty() && worked == null && change == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new TeamLearnings(team, name, worked, change, about));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * The objectives of a cycle with their key results and check-in figures, in one
	 * query.
	 */
	List<ObjectiveLine> objectives(Cycle cycle, TeamId teamId, Window window) {
		return this.keyResults.checkedInOf(cycle.id(), teamId, window.from(), window.until(), window.cutoff())
			.stream()
			.map(CycleReports::line)
			.toList();
	}

	private static ObjectiveLine line(CycleObjective objective) {
		List<KeyResultLine> lines = objective.keyResults()
			.stream()
			.map((kr) -> new KeyResultLine(kr.id(), objective.id(), kr.title(), kr.ownerId(), kr.ownerName(), kr.type(),
					kr.startValue(), kr.targetValue(), kr.currentValue(), kr.unit(), kr.weight(),
					KeyResult.progress(kr.startValue(), kr.targetValue(), kr.currentValue()), kr.score(),
					kr.confidence(), kr.confidenceAtCutoff(), kr.weeksCheckedIn(), kr.carriedFrom()))
			.toList();
		List<KeyResult> asKeyResults = lines.stream()
			.map((kr) -> new KeyResult(kr.id(), objective.id(), kr.title(), kr.ownerId(), kr.type(), kr.startValue(),
					kr.targetValue(), kr.currentValue(), kr.unit(), kr.weight(), kr.confidence(), null, kr.score(),
					null, kr.carriedFrom(), null, null, null))
			.toList();
		return new ObjectiveLine(objective.id(), objective.title(), objective.kind(), objective.teamId(),
				objective.teamName(), objective.sharedWith().teams(), lines, KeyResult.progressOf(asKeyResults),
				KeyResult.scoreOf(asKeyResults));
	}

	/** The days the report counts, as instants in the organisation's time zone. */
	Window window(Cycle cycle) {
		ZoneId zone = this.program.settings().timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate asOf = today.isBefore(cycle.endDate()) ? today : cycle.endDate();
		long days = asOf.toEpochDay() - cycle.startDate().toEpochDay() + 1;
		int weeks = (days > 0) ? (int) ((days + 6) / 7) : 0;
		Instant from = cycle.startDate().atStartOfDay(zone).toInstant();
		Instant until = (days > 0) ? asOf.plusDays(1).atStartOfDay(zone).toInstant() : from;
		Instant cutoff = cycle.endDate().minusDays(FORECAST_DAYS - 1).atStartOfDay(zone).toInstant();
		return new Window(asOf, weeks, from, until, cutoff, cycle.endDate().plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * The days counted.
	 *
	 * @param asOf the last day counted
	 * @param weeks the weeks from the start to {@code asOf}
	 * @param from the cycle's first moment
	 * @param until the moment after {@code asOf}
	 * @param cutoff the moment after the last day whose confidence counts as a forecast
	 * @param end the moment after the cycle's last day
	 */
	record Window(LocalDate asOf, int weeks, Instant from, Instant until, Instant cutoff, Instant end) {
	}

	/**
	 * What identifies a report: its cycle at its version, its team, its survey, its day.
	 */
	private record Asked(CycleId cycleId, Long cycleVersion, TeamId teamId, boolean withSurvey, Window window) {
	}

}
