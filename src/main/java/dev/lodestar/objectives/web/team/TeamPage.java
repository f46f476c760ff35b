package dev.lodestar.objectives.web.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.ScoreHistory;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.objectives.web.editing.FormChoices;
import dev.lodestar.objectives.web.editing.ObjectiveForm;
import dev.lodestar.objectives.web.editing.ParentPicker;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * A team's page: its objectives in a chosen cycle, each with its key results, and a new
 * objective set in place by those who may; below them, the sections other features add
 * ({@link TeamPageSection}).
 */
@Controller
class TeamPage {

	private final Teams teams;

	private final People people;

	private final Cycles cycles;

	private final Objectives objectives;

	private final TeamObjectiveCards cards;

	private final FormChoices choices;

	private final ScoreHistory scoreHistory;

	private final Clock clock;

	private final List<TeamPageSection> sections;

	TeamPage(Teams teams, People people, Cycles cycles, Objectives objectives, TeamObjectiveCards cards,
			FormChoices choices, ScoreHistory scoreHistory, Clock clock, List<TeamPageSection> sections) {
		this.sections = sections;
		this.scoreHistory = scoreHistory;
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
		this.objectives = objectives;
		this.cards = cards;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}")
	String team(Actor actor, @PathVariable String id, @RequestParam(name = "cycle", required = false) String cycle,
			Model model, HttpServletRequest request) {
		Cycle chosen = (cycle != null && !cycle.isBlank()) ? this.cycles.get(CycleId.fromPath(cycle))
				: this.cycles.current(LocalDate.now(this.clock)).orElse(null);
		model.addAttribute("teamPage", view(actor, TeamId.fromPath(id), chosen, ObjectiveForm.empty(), Map.of()));
		return Htmx.page(request, "objectives/team", "objectives");
	}

	@PostMapping("/teams/{id}/objectives")
	String create(Actor actor, @PathVariable String id, @RequestParam("cycle") String cycle,
			@ModelAttribute ObjectiveForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Cycle chosen = this.cycles.get(CycleId.fromPath(cycle));
		actor.require(Objective.settableBy(actor, team), "set objectives for this team");
		chosen.requireOpen();
		if (form.adjusting()) {
			model.addAttribute("teamPage", view(actor, team, chosen, form.adjusted(), Map.of()));
			return Htmx.page(request, "objectives/team", "new-objective");
		}
		Map<String, String> errors = FormErrors.none();
		Objectives.NewObjective input = form.toNew(chosen.id(), team, errors);
		ObjectiveView created = FormErrors.attempt(errors, () -> this.objectives.create(actor, input));
		if (created != null && !Htmx.isHtmx(request)) {
			return "redirect:" + TeamObjectiveCards.teamPage(team, chosen.id()) + "#objective-"
					+ created.objective().id();
		}
		if (created != null) {
			response.setHeader("HX-Retarget", "#team-objectives");
			response.setHeader("HX-Reswap", "outerHTML");
		}
		else {
			response.setStatus(422);
		}
		model.addAttribute("teamPage",
				view(actor, team, chosen, (created != null) ? ObjectiveForm.empty() : form, errors));
		return Htmx.page(request, "objectives/team", (created != null) ? "objectives" : "new-objective");
	}

	private TeamPageView view(Actor actor, TeamId id, Cycle cycle, ObjectiveForm form, Map<String, String> errors) {
		TeamView team = this.teams.view(id);
		TeamPageView.Heading heading = heading(team);
		List<Choices.Choice> choices = this.cycles.all()
			.stream()
			.map((each) -> new Choices.Choice(each.id().toString(), each.name() + " · " + each.phase().value()))
			.toList();
		List<TeamPageView.PastCycle> history = this.scoreHistory.ofTeam(id)
			.stream()
			.map(TeamPageView.PastCycle::of)
			.toList();
		if (cycle == null) {
			return new TeamPageView(heading, choices, null, List.of(), false, form, errors, ParentPicker.none(),
					history, List.of(), null);
		}
		List<ObjectiveView> found = this.objectives.list(cycle.id(), id, new Paging(Paging.MAX_LIMIT, 0))
			.items()
			.stream()
			.sorted(Comparator.comparing((ObjectiveView view) -> view.objective().status() == ObjectiveStatus.ARCHIVED))
			.toList();
		boolean mayCreate = !cycle.isClosed() && Objective.settableBy(actor, id);
		ParentPicker parents = mayCreate ? this.choices.parents(cycle.id(), id, null, form) : ParentPicker.none();
		return new TeamPageView(heading, choices, TeamPageView.CycleLine.of(cycle),
				this.cards.cards(found, cycle, actor, id), mayCreate, form, errors, parents, history,
				this.sections.stream()
					.map((section) -> new TeamPageSection.Shown(section.template(), section.view(actor, id, cycle)))
					.toList(),
				TeamGlance.of(found, cycle.elapsedShare(LocalDate.now(this.clock))));
	}

	private TeamPageView.Heading heading(TeamView team) {
		String parentName = (team.team().parentId() != null)
				? this.teams.names(List.of(team.team().parentId())).get(team.team().parentId()) : null;
		Map<PersonId, String> leads = this.people.names(team.leadIds());
		return new TeamPageView.Heading(team.team().id().toString(), team.team().name(),
				(team.team().parentId() != null) ? team.team().parentId().toString() : null, parentName,
				team.leadIds().stream().map(leads::get).filter(Objects::nonNull).sorted().toList());
	}

}
