package dev.lodestar.objectives.web.reset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.CarryOvers;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.objectives.web.objective.ObjectiveSummary;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;

/**
 * The reset page of a cycle: its objectives with their scores, and for each one still
 * open, carry it over into another cycle or drop it with a reason; several are carried at
 * once by ticking them. Its statements do not grow with the objectives.
 */
@Controller
class ResetPage {

	private final Cycles cycles;

	private final Objectives objectives;

	private final CarryOvers carryOvers;

	private final Teams teams;

	ResetPage(Cycles cycles, Objectives objectives, CarryOvers carryOvers, Teams teams) {
		this.cycles = cycles;
		this.objectives = objectives;
		this.carryOvers = carryOvers;
		this.teams = teams;
	}

	@GetMapping("/cycles/{id}/reset")
	String reset(Actor actor, @PathVariable String id, @RequestParam(required = false) String team, Model model) {
		model.addAttribute("reset", view(actor, CycleId.fromPath(id), team(team), Map.of(), Map.of()));
		return "objectives/reset";
	}

	@PostMapping("/cycles/{id}/reset/carry-over")
	String carryOver(Actor actor, @PathVariable String id, @RequestParam(required = false) String team,
			@RequestParam(name = "objective", required = false) List<String> chosen,
			@RequestParam(required = false) String into, @RequestParam(required = false) boolean leaveOutReached,
			RedirectAttributes redirect) {
		CycleId cycle = CycleId.fromPath(id);
		List<String> done = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		if (chosen == null || chosen.isEmpty()) {
			refused.add("Tick the objectives to carry over first.");
		}
		else if (into == null || into.isBlank()) {
			refused.add("Choose the cycle to carry them into.");
		}
		else {
			for (String one : chosen) {
				carry(actor, ObjectiveId.fromPath(one), CycleId.fromPath(into), leaveOutReached, done, refused);
			}
		}
		if (!done.isEmpty()) {
			redirect.addFlashAttribute("notice", "Carried over as drafts: " + String.join(", ", done) + ".");
		}
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("problems", refused);
		}
		return "redirect:" + address(cycle, team);
	}

	@PostMapping("/cycles/{id}/reset/drop")
	String drop(Actor actor, @PathVariable String id, @RequestParam(required = false) String team,
			@RequestParam String objective, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CycleId cycle = CycleId.fromPath(id);
		ObjectiveId dropped = ObjectiveId.fromPath(objective);
		Map<String, String> errors = FormErrors.none();
		ObjectiveView view = FormErrors.attempt(errors, () -> this.carryOvers.drop(actor, dropped, reason));
		if (view != null) {
			redirect.addFlashAttribute("notice", "Dropped: " + view.objective().title() + ".");
			return "redirect:" + address(cycle, team);
		}
		response.setStatus(422);
		model.addAttribute("reset", view(actor, cycle, team(team), Map.of(objective, errors.get("reason")),
				Map.of(objective, (reason != null) ? reason : "")));
		return "objectives/reset";
	}

	private void carry(Actor actor, ObjectiveId id, CycleId into, boolean leaveOutReached, List<String> done,
			List<String> refused) {
		String title = "An objective";
		try {
			title = this.objectives.get(id).title();
			this.carryOvers.carryOver(actor, id, into, leaveOutReached);
			done.add(title);
		}
		catch (ConflictException ex) {
			refused.add(title + ": " + ex.getMessage());
		}
		catch (InvalidInputException ex) {
			refused.add(title + ": the cycle " + ex.errors().get(0).message() + ".");
		}
		catch (ForbiddenException | NotFoundException ex) {
			refused.add(title + ": " + ex.getMessage());
		}
	}

	private ResetView view(Actor actor, CycleId id, TeamId team, Map<String, String> dropErrors,
			Map<String, String> typed) {
		Cycle cycle = this.cycles.get(id);
		List<ObjectiveView> found = this.objectives.list(id, team, new Paging(Paging.MAX_LIMIT, 0)).items();
		List<Cycle> all = this.cycles.all();
		Map<CycleId, Cycle> byId = all.stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
		Map<ObjectiveId, List<ResetView.Carried>> carried = this.carryOvers
			.carriedFrom(found.stream().map((view) -> view.objective().id()).toList())
			.stream()
			.collect(Collectors.groupingBy(Objective::carriedFrom,
					Collectors.mapping(
							(copy) -> new ResetView.Carried(copy.id().toString(), byId.get(copy.cycleId()).name()),
							Collectors.toList())));
		List<Team> teams = this.teams.all();
		Map<TeamId, String> teamNames = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
		List<ResetView.Row> rows = found.stream()
			.map((view) -> row(view, actor, teamNames, carried.getOrDefault(view.objective().id(), List.of())))
			.toList();
		List<Cycle> targets = all.stream()
			.filter((each) -> !each.isClosed() && !each.id().equals(id))
			.sorted(Comparator.comparing(Cycle::startDate))
			.toList();
		String defaultTarget = targets.stream()
			.filter((each) -> each.startDate().isAfter(cycle.startDate()))
			.findFirst()
			.or(() -> targets.stream().findFirst())
			.map((each) -> each.id().toString())
			.orElse(null);
		return new ResetView(id.toString(), cycle.name(), cycle.phase().value(),
				(team != null) ? new Choices.Choice(team.toString(), teamNames.getOrDefault(team, "A removed team"))
						: null,
				teams.stream().map((each) -> new Choices.Choice(each.id().toString(), each.name())).toList(), rows,
				targets.stream()
					.map((each) -> new Choices.Choice(each.id().toString(), each.name() + " · " + each.phase().value()))
					.toList(),
				defaultTarget, cycle.phase() == Phase.REFLECT, dropErrors, typed);
	}

	private static ResetView.Row row(ObjectiveView view, Actor actor, Map<TeamId, String> teamNames,
			List<ResetView.Carried> carried) {
		Objective objective = view.objective();
		return new ResetView.Row(objective.id().toString(), objective.title(),
				ObjectiveSummary.teamName(objective, teamNames), objective.kind().value(), objective.status().value(),
				ScoreBadge.of(view), carried, objective.droppedReason(), objective.editableBy(actor));
	}

	private static TeamId team(String team) {
		return (team != null && !team.isBlank()) ? TeamId.fromPath(team) : null;
	}

	static String address(CycleId cycle, String team) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cycles/{id}/reset");
		if (team != null && !team.isBlank()) {
			uri.queryParam("team", team);
		}
		return uri.buildAndExpand(cycle.toString()).encode().toUriString();
	}

}
