package dev.lodestar.dependencies.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Dates;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.web.Htmx;

/**
 * A team's dependencies in a cycle on a page of their own (the section of the team page,
 * where a request without JavaScript comes back to when it was refused), the request
 * itself, and the teams whose names match what is typed into the request's team field.
 */
@Controller
class AskingPage {

	static final int TEAM_SUGGESTIONS = 12;

	private final Dependencies dependencies;

	private final TeamDependencies section;

	private final Cycles cycles;

	private final Teams teams;

	private final Clock clock;

	AskingPage(Dependencies dependencies, TeamDependencies section, Cycles cycles, Teams teams, Clock clock) {
		this.dependencies = dependencies;
		this.section = section;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/dependencies")
	String page(Actor actor, @PathVariable String id, @RequestParam(required = false) String cycle, Model model,
			HttpServletRequest request) {
		TeamId team = TeamId.fromPath(id);
		Cycle chosen = (cycle != null && !cycle.isBlank()) ? this.cycles.get(CycleId.fromPath(cycle))
				: this.cycles.current(LocalDate.now(this.clock))
					.orElseThrow(() -> new NotFoundException("cycle", "current"));
		return show(model, request, team, this.section.section(actor, team, chosen, AskForm.empty(), Map.of()));
	}

	@PostMapping("/teams/{id}/dependencies")
	String ask(Actor actor, @PathVariable String id, @RequestParam String cycle, @ModelAttribute AskForm form,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Cycle chosen = this.cycles.get(CycleId.fromPath(cycle));
		actor.require(Dependency.requestableBy(actor, team), "ask other teams on behalf of this team");
		chosen.requireOpen();
		Map<String, String> errors = new LinkedHashMap<>();
		TeamId to = asked(form.toTeam(), errors);
		KeyResultId keyResult = keyResult(form.keyResult(), errors);
		LocalDate due = due(form.dueDate(), errors);
		boolean created = false;
		if (errors.isEmpty() || (errors.size() == 1 && errors.containsKey("toTeam"))) {
			try {
				this.dependencies.request(actor,
						new Dependencies.NewDependency(chosen.id(), team, to, form.description(), keyResult, due));
				created = true;
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach((error) -> errors.putIfAbsent(field(error.field()), error.message()));
			}
		}
		if (created && !Htmx.isHtmx(request)) {
			return "redirect:" + TeamDependencies.back(team, chosen);
		}
		if (!created) {
			response.setStatus(422);
		}
		return show(model, request, team,
				this.section.section(actor, team, chosen, created ? AskForm.empty() : form, errors));
	}

	/** The teams whose names contain what was typed, for the request's team field. */
	@GetMapping("/dependencies/teams")
	String teams(@RequestParam(name = "toTeam", defaultValue = "") String typed,
			@RequestParam(required = false) String except, Model model) {
		String words = typed.strip().toLowerCase(Locale.ROOT);
		List<String> names = words.isEmpty() ? List.of()
				: this.teams.all()
					.stream()
					.filter((team) -> !team.id().toString().equals(except))
					.map(Team::name)
					.filter((name) -> name.toLowerCase(Locale.ROOT).contains(words))
					.distinct()
					.limit(TEAM_SUGGESTIONS)
					.toList();
		model.addAttribute("names", names);
		return "dependencies/team :: team-options";
	}

	private String show(Model model, HttpServletRequest request, TeamId team, TeamSection view) {
		model.addAttribute("dependencies", view);
		model.addAttribute("teamName", this.teams.names(List.of(team)).getOrDefault(team, ""));
		return Htmx.isHtmx(request) ? "dependencies/team :: current" : "dependencies/team";
	}

	/** The team a name stands for: exactly one team has it, whatever the case. */
	private TeamId asked(String typed, Map<String, String> errors) {
		String name = (typed != null) ? typed.strip() : "";
		if (name.isEmpty()) {
			errors.put("toTeam", "must name the team to ask");
			return null;
		}
		List<Team> named = this.teams.all().stream().filter((team) -> team.name().equalsIgnoreCase(name)).toList();
		if (named.size() != 1) {
			errors.put("toTeam", named.isEmpty() ? "is not the name of a team; pick one of the suggestions"
					: "is the name of " + named.size() + " teams; ask an admin to tell them apart");
			return null;
		}
		return named.get(0).id();
	}

	private static KeyResultId keyResult(String raw, Map<String, String> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return KeyResultId.fromField("keyResult", raw.strip());
		}
		catch (InvalidInputException ex) {
			errors.put("keyResult", "is not one of this team's key results");
			return null;
		}
	}

	private static LocalDate due(String raw, Map<String, String> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		LocalDate date = Dates.parseOrNull(raw);
		if (date == null) {
			errors.put("dueDate", Dates.MESSAGE);
		}
		return date;
	}

	/** The form's name of a field the service names. */
	private static String field(String field) {
		return switch (field) {
			case "toTeamId" -> "toTeam";
			case "keyResultId" -> "keyResult";
			default -> field;
		};
	}

}
