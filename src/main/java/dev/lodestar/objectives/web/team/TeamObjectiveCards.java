package dev.lodestar.objectives.web.team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.Contribution;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.Owners;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.objectives.web.Sparkline;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.web.Htmx;

/**
 * Builds the cards of objectives for a page, reading what they need in bulk: the owners'
 * names, the trends of all key results, the titles of what the objectives contribute to
 * (the links come with the objectives) and the names of the teams that share them take
 * one query each, however many cards.
 */
@Component
public class TeamObjectiveCards {

	private static final Pattern TEAM_PAGE = Pattern.compile("/teams/([0-9a-fA-F-]{36})");

	private final Objectives objectives;

	private final People people;

	private final CheckInHistory history;

	private final Clock clock;

	private final Teams teams;

	TeamObjectiveCards(Objectives objectives, People people, CheckInHistory history, Clock clock, Teams teams) {
		this.objectives = objectives;
		this.teams = teams;
		this.people = people;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The cards of some objectives on a page; {@code shownOn} is the team whose page it
	 * is, or {@code null} to show each card as its first team's page does.
	 */
	List<TeamObjectiveCard> cards(List<ObjectiveView> views, Cycle cycle, Actor actor, TeamId shownOn) {
		if (views.isEmpty()) {
			return List.of();
		}
		List<Objective> shared = views.stream().map(ObjectiveView::objective).filter(Objective::isShared).toList();
		Map<TeamId, String> teamNames = shared.isEmpty() ? Map.of() : this.teams.names(Owners.teamsOf(shared));
		List<KeyResult> keyResults = views.stream().flatMap((view) -> view.keyResults().stream()).toList();
		Map<PersonId, String> owners = this.people
			.names(keyResults.stream().map(KeyResult::ownerId).distinct().toList());
		Instant end = windowEnd(cycle);
		Map<KeyResultId, List<CheckInHistory.Point>> trends = this.history
			.trends(keyResults.stream().map(KeyResult::id).toList(), end.minus(Sparkline.WINDOW));
		Map<Alignment, String> titles = this.objectives.titlesOf(views.stream()
			.flatMap((view) -> view.contributesTo().stream())
			.map(Contribution::to)
			.distinct()
			.toList());
		return views.stream()
			.map((view) -> card(view, cycle, actor, owners, trends, end, parents(view.contributesTo(), titles))
				.shownOn(teamNames, shownOn))
			.toList();
	}

	private static Shown card(ObjectiveView view, Cycle cycle, Actor actor, Map<PersonId, String> owners,
			Map<KeyResultId, List<CheckInHistory.Point>> trends, Instant end, List<TeamObjectiveCard.Parent> parents) {
		Objective objective = view.objective();
		boolean open = !cycle.isClosed();
		List<TeamKeyResultLine> lines = view.keyResults()
			.stream()
			.map((keyResult) -> TeamKeyResultLine.of(keyResult, owners.get(keyResult.ownerId()),
					Sparkline.of(keyResult, trends.getOrDefault(keyResult.id(), List.of()), end),
					open && keyResult.editableBy(actor, objective)))
			.toList();
		return new Shown(view, lines, parents, open && objective.editableBy(actor));
	}

	/**
	 * The card of one objective, on the page of the owning team a request names (with
	 * {@code team}, or as the page htmx sends it from), else on its first team's page.
	 */
	public TeamObjectiveCard card(ObjectiveId id, Actor actor, HttpServletRequest request) {
		ObjectiveView view = this.objectives.view(id);
		return cards(List.of(view), this.objectives.cycleOf(view.objective()), actor, shownOn(request)).get(0);
	}

	/**
	 * The team whose page a request comes from: its {@code team} parameter, or the page
	 * htmx says it is on; {@code null} when neither names a team.
	 */
	static TeamId shownOn(HttpServletRequest request) {
		String team = request.getParameter("team");
		if (team == null && Htmx.isHtmx(request) && request.getHeader("HX-Current-URL") != null) {
			Matcher page = TEAM_PAGE.matcher(request.getHeader("HX-Current-URL"));
			team = page.find() ? page.group(1) : null;
		}
		try {
			return (team != null && !team.isBlank()) ? new TeamId(java.util.UUID.fromString(team.strip())) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
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

	/**
	 * What an objective contributes to, as its card links to it: the title (or, for a
	 * target that no longer exists, a placeholder), where it is shown, and the weight.
	 */
	public static List<TeamObjectiveCard.Parent> parents(List<Contribution> links, Map<Alignment, String> titles) {
		return links.stream()
			.map((link) -> new TeamObjectiveCard.Parent(titles.getOrDefault(link.to(), "something removed"),
					(link.objectiveId() != null) ? "/objectives/" + link.objectiveId()
							: "/key-results/" + link.keyResultId(),
					link.keyResultId() != null, link.weight()))
			.toList();
	}

	private static String back(Objective objective, TeamId team) {
		return (team != null) ? teamPage(team, objective.cycleId()) + "#objective-" + objective.id()
				: "/objectives/" + objective.id();
	}

	/**
	 * A card's content before it is placed on a team's page.
	 */
	private record Shown(ObjectiveView view, List<TeamKeyResultLine> lines, List<TeamObjectiveCard.Parent> parents,
			boolean editable) {

		TeamObjectiveCard shownOn(Map<TeamId, String> teamNames, TeamId page) {
			Objective objective = this.view.objective();
			TeamId team = (page != null && objective.teamIds().contains(page)) ? page : objective.teamId();
			return TeamObjectiveCard.of(objective, this.view.progress(), this.lines, this.parents,
					back(objective, team), this.editable, ScoreBadge.of(this.view), Owners.of(objective, teamNames),
					(team != null) ? team.toString() : null);
		}

	}

	private Instant windowEnd(Cycle cycle) {
		Instant now = this.clock.instant();
		Instant end = cycle.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return now.isBefore(end) ? now : end;
	}

}
