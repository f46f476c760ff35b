package dev.lodestar.objectives.web.objective;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.ProgressTrail;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.web.ProgressChart;

/**
 * An objective's page: why it matters, how it aligns up and down, its key results, their
 * latest check-ins with notes, and its progress against the time passed.
 */
@Controller
class ObjectivePage {

	static final int LATEST_CHECK_INS = 10;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final Teams teams;

	private final People people;

	private final CheckInHistory history;

	private final Clock clock;

	ObjectivePage(Objectives objectives, KeyResults keyResults, Teams teams, People people, CheckInHistory history,
			Clock clock) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.teams = teams;
		this.people = people;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/objectives/{id}")
	String objective(Actor actor, @PathVariable String id, Model model) {
		return fill(actor, ObjectiveId.fromPath(id), null, model);
	}

	/**
	 * Fills the page; {@code refused} is a score form to show back as it was typed.
	 */
	String fill(Actor actor, ObjectiveId id, ScoreForms.Submitted refused, Model model) {
		ObjectiveView view = this.objectives.view(id);
		Objective objective = view.objective();
		Cycle cycle = this.objectives.cycleOf(objective);
		ScoreForms forms = scoreForms(actor, view, cycle);
		model.addAttribute("scoring", (refused != null) ? forms.refused(refused) : forms);
		Map<KeyResultId, KeyResult> keyResults = view.keyResults()
			.stream()
			.collect(Collectors.toMap(KeyResult::id, Function.identity()));
		Upward upward = upward(objective);
		List<Objective> contributors = this.objectives.contributorsTo(objective.id());
		Map<TeamId, String> teamNames = this.teams.names(teamsOf(objective, upward, contributors));
		List<CheckInHistory.Entry> latest = this.history.latest(keyResults.keySet(), LATEST_CHECK_INS);
		Map<PersonId, String> people = this.people.names(peopleOf(view, latest));
		model.addAttribute("objective", ObjectiveSummary.of(view, cycle, teamNames, people));
		model.addAttribute("contributesTo", upward.link(teamNames));
		model.addAttribute("contributors",
				contributors.stream().map((one) -> contributor(one, keyResults, teamNames)).toList());
		model.addAttribute("checkIns",
				latest.stream()
					.map((entry) -> ObjectiveSummary.CheckInNote.of(entry, keyResults.get(entry.keyResultId()), people))
					.toList());
		model.addAttribute("chart", chart(cycle, view.keyResults()));
		return "objectives/objective";
	}

	private static ScoreForms scoreForms(Actor actor, ObjectiveView view, Cycle cycle) {
		if (cycle.phase() != Phase.REFLECT) {
			return ScoreForms.none();
		}
		Set<String> adjustable = view.keyResults()
			.stream()
			.filter((kr) -> kr.score() != null && kr.editableBy(actor, view.objective()))
			.map((kr) -> kr.id().toString())
			.collect(Collectors.toSet());
		return new ScoreForms(adjustable, view.objective().editableBy(actor), null);
	}

	private Upward upward(Objective objective) {
		if (objective.alignedObjectiveId() != null) {
			return new Upward(null, this.objectives.get(objective.alignedObjectiveId()));
		}
		if (objective.alignedKeyResultId() != null) {
			KeyResult keyResult = this.keyResults.get(objective.alignedKeyResultId());
			return new Upward(keyResult, this.objectives.get(keyResult.objectiveId()));
		}
		return new Upward(null, null);
	}

	private ProgressChart chart(Cycle cycle, List<KeyResult> keyResults) {
		ProgressTrail trail = new ProgressTrail(keyResults,
				this.history.trends(keyResults.stream().map(KeyResult::id).toList(), Instant.EPOCH));
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		return ProgressChart.of(cycle.startDate(), cycle.endDate(), today, cycle::elapsedShare,
				(day) -> trail.onDay(day, today, now));
	}

	private static AlignmentLink contributor(Objective objective, Map<KeyResultId, KeyResult> keyResults,
			Map<TeamId, String> teamNames) {
		AlignmentLink link = AlignmentLink.to(objective, teamNames);
		KeyResult via = (objective.alignedKeyResultId() != null) ? keyResults.get(objective.alignedKeyResultId())
				: null;
		return (via == null) ? link : new AlignmentLink(link.href(), link.what(), link.title(),
				link.context() + " · to the key result " + via.title(), link.status());
	}

	private static Set<TeamId> teamsOf(Objective objective, Upward upward, List<Objective> contributors) {
		Set<TeamId> ids = new HashSet<>();
		Stream.concat(Stream.of(objective, upward.objective()), contributors.stream())
			.filter((one) -> one != null && one.teamId() != null)
			.forEach((one) -> ids.add(one.teamId()));
		return ids;
	}

	private static Set<PersonId> peopleOf(ObjectiveView view, List<CheckInHistory.Entry> latest) {
		Set<PersonId> ids = new HashSet<>();
		view.keyResults().forEach((kr) -> ids.add(kr.ownerId()));
		latest.stream().map(CheckInHistory.Entry::authorId).filter((author) -> author != null).forEach(ids::add);
		return ids;
	}

	/**
	 * What the objective contributes to: an objective, or a key result and its objective,
	 * or nothing.
	 */
	private record Upward(KeyResult keyResult, Objective objective) {

		AlignmentLink link(Map<TeamId, String> teamNames) {
			if (this.objective == null) {
				return null;
			}
			return (this.keyResult != null) ? AlignmentLink.to(this.keyResult, this.objective, teamNames)
					: AlignmentLink.to(this.objective, teamNames);
		}

	}

}
