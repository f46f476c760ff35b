package dev.lodestar.objectives.web.keyresult;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInComments;
import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Lineage;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ProgressTrail;
import dev.lodestar.objectives.web.Owners;
import dev.lodestar.objectives.web.RollupSource;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.web.ProgressChart;

/**
 * Fills in the key-result page: for showing it, and for showing it again with a refused
 * check-in beside its fields.
 */
@Component
public class KeyResultSheet {

	static final String TEMPLATE = "objectives/key-result";

	static final int PAGE_SIZE = 20;

	private static final Pattern PAGE_PATH = Pattern.compile("/key-results/[0-9a-fA-F-]{36}");

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final CheckIns checkIns;

	private final CheckInHistory history;

	private final People people;

	private final CheckInComments comments;

	private final Lineage lineage;

	private final Clock clock;

	private final Teams teams;

	private final Metrics metrics;

	KeyResultSheet(KeyResults keyResults, Objectives objectives, CheckIns checkIns, CheckInHistory history,
			People people, CheckInComments comments, Lineage lineage, Clock clock, Teams teams, Metrics metrics) {
		this.metrics = metrics;
		this.teams = teams;
		this.lineage = lineage;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.history = history;
		this.people = people;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * The address of a key-result page to come back to after a check-in, or {@code null}
	 * unless {@code back} is exactly one.
	 */
	public static String pageToReturnTo(String back) {
		return (back != null && PAGE_PATH.matcher(back).matches()) ? back : null;
	}

	public String fill(Actor actor, KeyResultId id, int page, CheckInForm form, Map<String, String> errors,
			Model model) {
		KeyResult keyResult = this.keyResults.get(id);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		Cycle cycle = this.objectives.cycleOf(objective);
		ResultPage<CheckIn> history = this.checkIns.history(id, new Paging(PAGE_SIZE, (long) (page - 1) * PAGE_SIZE));
		Map<PersonId, String> people = this.people.names(peopleOf(keyResult, history.items()));
		model.addAttribute("keyResult", KeyResultSummary.of(keyResult, objective, cycle, people));
		Map<CheckInId, Integer> comments = this.comments.counts(history.items().stream().map(CheckIn::id).toList());
		model.addAttribute("history",
				history.items().stream().map((c) -> KeyResultSummary.Entry.of(c, people, comments)).toList());
		model.addAttribute("historyPage", new HistoryPage(page, history.total()));
		model.addAttribute("chart", chart(cycle, keyResult));
		model.addAttribute("lineage", this.lineage.of(id).stream().map(LineageRow::of).toList());
		model.addAttribute("metric",
				(keyResult.metricId() != null) ? this.metrics.find(keyResult.metricId()).orElse(null) : null);
		model.addAttribute("mayCheckIn", keyResult.editableBy(actor, objective) && !cycle.isClosed()
				&& objective.status() != ObjectiveStatus.ARCHIVED && keyResult.type().takesCheckIns());
		model.addAttribute("mayEdit", !cycle.isClosed() && keyResult.editableBy(actor, objective));
		model.addAttribute("rollupSources",
				(keyResult.type() == KeyResultType.ROLLUP) ? sources(keyResult) : List.of());
		model.addAttribute("form", (form != null) ? form : CheckInForm.current(keyResult));
		model.addAttribute("errors", errors);
		return TEMPLATE;
	}

	/**
	 * Where a roll-up's progress comes from: the objectives that contribute to it, with
	 * their weights and progress.
	 */
	private List<RollupSource> sources(KeyResult rollup) {
		List<Objectives.Contributor> contributors = this.objectives.contributorsInto(List.of(), List.of(rollup.id()));
		Map<TeamId, String> teams = this.teams
			.names(Owners.teamsOf(contributors.stream().map(Objectives.Contributor::objective).toList()));
		return contributors.stream().map((one) -> RollupSource.of(one, teams)).toList();
	}

	private ProgressChart chart(Cycle cycle, KeyResult keyResult) {
		ProgressTrail trail = new ProgressTrail(List.of(keyResult),
				this.history.trends(List.of(keyResult.id()), Instant.EPOCH));
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		return ProgressChart.of(cycle.startDate(), cycle.endDate(), today, cycle::elapsedShare,
				(day) -> trail.onDay(day, today, now), scale(keyResult));
	}

	/**
	 * The chart's value axis for a key result: its own values and unit for a measured one
	 * (a percentage in %), done or not for a milestone, progress for a roll-up.
	 */
	static ProgressChart.Scale scale(KeyResult keyResult) {
		return switch (keyResult.type()) {
			case MILESTONE -> ProgressChart.Scale.milestone();
			case ROLLUP -> ProgressChart.Scale.progress();
			case PERCENTAGE -> ProgressChart.Scale.values(keyResult.startValue(), keyResult.targetValue(),
					(keyResult.unit() != null) ? keyResult.unit() : "%");
			case METRIC ->
				ProgressChart.Scale.values(keyResult.startValue(), keyResult.targetValue(), keyResult.unit());
		};
	}

	private static Set<PersonId> peopleOf(KeyResult keyResult, List<CheckIn> checkIns) {
		Set<PersonId> ids = new HashSet<>();
		ids.add(keyResult.ownerId());
		checkIns.stream().map(CheckIn::authorId).filter((author) -> author != null).forEach(ids::add);
		return ids;
	}

	/**
	 * Where the history is: which page of how many.
	 */
	record HistoryPage(int page, long total) {

		public long pages() {
			return Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public boolean hasNewer() {
			return this.page > 1;
		}

		public boolean hasOlder() {
			return this.page < pages();
		}

	}

}
