package dev.lodestar.objectives.web.team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.objectives.web.Sparkline;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.web.Htmx;

/**
 * Builds the cards of objectives for a page, reading what they need in bulk: the owners'
 * names, the trends of all key results and the titles of what the objectives contribute
 * to take one query each, however many cards.
 */
@Component
public class TeamObjectiveCards {

	private final Objectives objectives;

	private final People people;

	private final CheckInHistory history;

	private final Clock clock;

	TeamObjectiveCards(Objectives objectives, People people, CheckInHistory history, Clock clock) {
		this.objectives = objectives;
		this.people = people;
		this.history = history;
		this.clock = clock;
	}

	List<TeamObjectiveCard> cards(List<ObjectiveView> views, Cycle cycle, Actor actor) {
		if (views.isEmpty()) {
			return List.of();
		}
		List<KeyResult> keyResults = views.stream().flatMap((view) -> view.keyResults().stream()).toList();
		Map<PersonId, String> owners = this.people
			.names(keyResults.stream().map(KeyResult::ownerId).distinct().toList());
		Instant end = windowEnd(cycle);
		Map<KeyResultId, List<CheckInHistory.Point>> trends = this.history
			.trends(keyResults.stream().map(KeyResult::id).toList(), end.minus(Sparkline.WINDOW));
		Map<ObjectiveId, Objective> aligned = alignedObjectives(views);
		return views.stream()
			.map((view) -> card(view, cycle, actor, owners, trends, end,
					aligned.get(view.objective().alignedObjectiveId())))
			.toList();
	}

	private static TeamObjectiveCard card(ObjectiveView view, Cycle cycle, Actor actor, Map<PersonId, String> owners,
			Map<KeyResultId, List<CheckInHistory.Point>> trends, Instant end, Objective target) {
		Objective objective = view.objective();
		boolean open = !cycle.isClosed();
		List<TeamKeyResultLine> lines = view.keyResults()
			.stream()
			.map((keyResult) -> TeamKeyResultLine.of(keyResult, owners.get(keyResult.ownerId()),
					Sparkline.of(keyResult, trends.getOrDefault(keyResult.id(), List.of()), end),
					open && keyResult.editableBy(actor, objective)))
			.toList();
		return TeamObjectiveCard.of(objective, view.progress(), lines, alignedTitle(objective, target),
				alignedHref(objective), back(objective), open && objective.editableBy(actor), ScoreBadge.of(view));
	}

	public TeamObjectiveCard card(ObjectiveId id, Actor actor) {
		ObjectiveView view = this.objectives.view(id);
		return cards(List.of(view), this.objectives.cycleOf(view.objective()), actor).get(0);
	}

	/**
	 * Answers with a card being edited: only the card when htmx asks, else a page around
	 * it.
	 */
	public static String editing(TeamObjectiveCard card, Model model, HttpServletRequest request) {
		model.addAttribute("card", card);
		return Htmx.isHtmx(request) ? "objectives/fragments :: card" : "objectives/edit";
	}

	/**
	 * Answers a change that was made: the card as it is now when htmx asks, else a
	 * redirect to the page the card lives on.
	 */
	public static String saved(TeamObjectiveCard card, Model model, HttpServletRequest request) {
		if (!Htmx.isHtmx(request)) {
			return "redirect:" + card.back();
		}
		model.addAttribute("card", card);
		return "objectives/fragments :: card";
	}

	static String teamPage(TeamId team, CycleId cycle) {
		return UriComponentsBuilder.fromPath("/teams/{team}")
			.queryParam("cycle", cycle.toString())
			.buildAndExpand(team.toString())
			.toUriString();
	}

	private Map<ObjectiveId, Objective> alignedObjectives(List<ObjectiveView> views) {
		List<ObjectiveId> ids = views.stream()
			.map((view) -> view.objective().alignedObjectiveId())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return ids.isEmpty() ? new HashMap<>() : this.objectives.getAll(ids);
	}

	private static String alignedTitle(Objective objective, Objective target) {
		if (target != null) {
			return target.title();
		}
		return (objective.alignedKeyResultId() != null) ? "a key result" : null;
	}

	private static String alignedHref(Objective objective) {
		if (objective.alignedObjectiveId() != null) {
			return "/objectives/" + objective.alignedObjectiveId();
		}
		return (objective.alignedKeyResultId() != null) ? "/key-results/" + objective.alignedKeyResultId() : null;
	}

	private static String back(Objective objective) {
		return (objective.teamId() != null)
				? teamPage(objective.teamId(), objective.cycleId()) + "#objective-" + objective.id()
				: "/objectives/" + objective.id();
	}

	private Instant windowEnd(Cycle cycle) {
		Instant now = this.clock.instant();
		Instant end = cycle.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return now.isBefore(end) ? now : end;
	}

}
