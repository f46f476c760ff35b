package dev.lodestar.objectives.web.objective;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import dev.lodestar.objectives.web.RollupSource;
import dev.lodestar.objectives.Contribution;
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
 * An objective's page: why it matters, what it contributes to and what contributes to it
 * (with weights), its key results (a roll-up with where its progress comes from), their
 * latest check-ins with notes, and its progress against the time passed; below its head,
 * the sections other features add ({@link ObjectivePageSection}).
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

	private final List<ObjectivePageSection> sections;

	ObjectivePage(Objectives objectives, KeyResults keyResults, Teams teams, People people, CheckInHistory history,
			Clock clock, List<ObjectivePageSection> sections) {
		this.objectives = objectives;
		this.sections = sections;
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
		Parents parents = parents(view);
		List<Objectives.Contributor> contributors = this.objectives.contributorsInto(List.of(objective.id()),
				keyResults.keySet());
		Map<TeamId, String> teamNames = this.teams.names(teamsOf(objective, parents, contributors));
		List<CheckInHistory.Entry> latest = this.history.latest(keyResults.keySet(), LATEST_CHECK_INS);
		Map<PersonId, String> people = this.people.names(peopleOf(view, latest));
		model.addAttribute("objective",
				ObjectiveSummary.of(view, cycle, teamNames, people, RollupSource.byKeyResult(contributors, teamNames)));
		model.addAttribute("contributesTo", parents.links(view.contributesTo(), teamNames));
		model.addAttribute("contributors",
				contributors.stream().map((one) -> contributor(one, keyResults, teamNames)).toList());
		model.addAttribute("checkIns",
				latest.stream()
					.map((entry) -> ObjectiveSummary.CheckInNote.of(entry, keyResults.get(entry.keyResultId()), people))
					.toList());
		model.addAttribute("mayEdit", !cycle.isClosed() && objective.editableBy(actor));
		model.addAttribute("chart", chart(cycle, view.keyResults()));
		model.addAttribute("sections", this.sections.stream()
			.map((section) -> new ObjectivePageSection.Shown(section.template(), section.view(actor, objective)))
			.filter((shown) -> shown.view() != null)
			.toList());
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

	private Parents parents(ObjectiveView view) {
		Objectives.Targets targets = this.objectives.targetsOf(view.contributesTo());
		return new Parents(targets.objectives(), targets.keyResults());
	}

	private ProgressChart chart(Cycle cycle, List<KeyResult> keyResults) {
		ProgressTrail trail = new ProgressTrail(keyResults,
				this.history.trends(keyResults.stream().map(KeyResult::id).toList(), Instant.EPOCH));
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		return ProgressChart.of(cycle.startDate(), cycle.endDate(), today, cycle::elapsedShare,
				(day) -> trail.onDay(day, today, now));
	}

	private static AlignmentLink contributor(Objectives.Contributor contributor, Map<KeyResultId, KeyResult> keyResults,
			Map<TeamId, String> teamNames) {
		AlignmentLink link = AlignmentLink.to(contributor.objective(), teamNames)
			.weighted(contributor.link().weight(), contributor.progress());
		KeyResult via = (contributor.link().keyResultId() != null) ? keyResults.get(contributor.link().keyResultId())
				: null;
		return (via == null) ? link : link.withContext(link.context() + " · to the key result " + via.title());
	}

	private static Set<TeamId> teamsOf(Objective objective, Parents parents,
			List<Objectives.Contributor> contributors) {
		Set<TeamId> ids = new HashSet<>();
		Stream
			.of(Stream.of(objective), parents.objectives().values().stream(),
					contributors.stream().map(Objectives.Contributor::objective))
			.flatMap(Function.identity())
			.filter(Objects::nonNull)
			.forEach((one) -> ids.addAll(one.teamIds()));
		return ids;
	}

	private static Set<PersonId> peopleOf(ObjectiveView view, List<CheckInHistory.Entry> latest) {
		Set<PersonId> ids = new HashSet<>();
		view.keyResults().forEach((kr) -> ids.add(kr.ownerId()));
		latest.stream().map(CheckInHistory.Entry::authorId).filter((author) -> author != null).forEach(ids::add);
		return ids;
	}

	/**
	 * What the objective contributes to: the objectives it names and the key results it
	 * names, with the objectives of those.
	 */
	private record Parents(Map<ObjectiveId, Objective> objectives, Map<KeyResultId, KeyResult> keyResults) {

		List<AlignmentLink> links(List<Contribution> links, Map<TeamId, String> teamNames) {
			return links.stream().map((link) -> link(link, teamNames)).filter(Objects::nonNull).toList();
		}

		private AlignmentLink link(Contribution link, Map<TeamId, String> teamNames) {
			if (link.objectiveId() != null) {
				Objective objective = this.objectives.get(link.objectiveId());
				return (objective != null) ? AlignmentLink.to(objective, teamNames).weighted(link.weight(), null)
						: null;
			}
			KeyResult keyResult = this.keyResults.get(link.keyResultId());
			Objective objective = (keyResult != null) ? this.objectives.get(keyResult.objectiveId()) : null;
			return (objective != null) ? AlignmentLink.to(keyResult, objective, teamNames).weighted(link.weight(), null)
					: null;
		}

	}

}
