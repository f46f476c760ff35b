package dev.lodestar.objectives.web.company;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CycleSetup;
import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.objectives.ObjectiveSearch;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.editing.FormChoices;
import dev.lodestar.objectives.web.editing.ObjectiveForm;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;
import dev.lodestar.web.SelectOptions;

/**
 * The company page: every team's objectives in a cycle, filtered by team, key-result
 * owner, status, confidence and words. The filter form is a plain GET form; htmx swaps in
 * only the results when it asks. Admins and champions set the company's own objectives
 * here, and are led through an organisation's first cycle.
 */
@Controller
class CompanyPage {

	private final Cycles cycles;

	private final Teams teams;

	/** The team filter's thousand options, rendered once per list of teams. */
	private final SelectOptions<Team> teamOptions = new SelectOptions<>((team) -> team.id().toString(), Team::name);

	private final People people;

	private final ObjectiveSearch search;

	private final Clock clock;

	private final Objectives objectives;

	private final CycleSetup setup;

	private final FormChoices choices;

	private final KeyResultQueries keyResults;

	CompanyPage(Cycles cycles, Teams teams, People people, ObjectiveSearch search, Clock clock, Objectives objectives,
			CycleSetup setup, FormChoices choices, KeyResultQueries keyResults) {
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.setup = setup;
		this.choices = choices;
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.search = search;
		this.clock = clock;
	}

	@GetMapping("/company")
	String company(Actor actor, @ModelAttribute("filter") CompanyFilter filter,
			@RequestParam(name = "new", required = false) String open, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return page(actor, filter, ObjectiveForm.empty(), Map.of(), open != null, model, request, response);
	}

	/**
	 * A company-wide objective, set by an admin or champion with the same form as a
	 * team's; it opens with the form for its first key result. A refused one comes back
	 * on the company page with what was typed and the errors beside the fields.
	 */
	@PostMapping("/company/objectives")
	String create(Actor actor, @RequestParam("cycle") String cycle, @ModelAttribute ObjectiveForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Cycle chosen = this.cycles.get(CycleId.fromPath(cycle));
		actor.require(actor.runsProgram(), "set the company's objectives");
		chosen.requireOpen();
		CompanyFilter filter = new CompanyFilter(chosen.id().toString(), null, null, null, null, null, null);
		if (form.adjusting()) {
			return page(actor, filter, form.adjusted(), Map.of(), true, model, request, response);
		}
		Map<String, String> errors = FormErrors.none();
		Objectives.NewObjective input = form.toNew(chosen.id(), null, errors);
		ObjectiveView created = FormErrors.attempt(errors, () -> this.objectives.create(actor, input));
		if (created != null) {
			return "redirect:/objectives/" + created.objective().id() + "/key-results/new";
		}
		response.setStatus(422);
		return page(actor, filter, form, errors, true, model, request, response);
	}

	private String page(Actor actor, CompanyFilter filter, ObjectiveForm form, Map<String, String> errors, boolean open,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Vary", "HX-Request");
		List<Cycle> cycles = this.cycles.all();
		Optional<Cycle> cycle = chosen(filter, cycles);
		model.addAttribute("cycles", cycles);
		model.addAttribute("cycle", cycle.orElse(null));
		if (cycle.isEmpty()) {
			return "objectives/company";
		}
		CompanyFilter shown = filter.inCycle(cycle.get().id());
		List<Team> teams = this.teams.all();
		model.addAttribute("setting", setting(actor, cycle.get(), teams, form, errors, open));
		var found = this.search.find(shown.toSearch(cycle.get().id()),
				new Paging(CompanyFilter.PAGE_SIZE, (long) (shown.pageNumber() - 1) * CompanyFilter.PAGE_SIZE));
		model.addAttribute("filter", shown);
		model.addAttribute("teamOptions", this.teamOptions.html(teams, shown.team()));
		model.addAttribute("ownerShown", ownerShown(shown));
		Map<TeamId, String> teamNames = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
		model.addAttribute("results", CompanyResults.of(found, teamNames, shown));
		if (!Htmx.isHtmx(request)) {
			model.addAttribute("summary", summary(cycle.get(), teamNames));
		}
		return Htmx.page(request, "objectives/company", "results");
	}

	/**
	 * The summary the page opens on, of the whole cycle: two statements however many
	 * teams and key results, each reading only the rows it shows.
	 */
	private CompanySummary summary(Cycle cycle, Map<TeamId, String> teamNames) {
		Instant now = this.clock.instant();
		double elapsed = cycle.elapsedShare(LocalDate.now(this.clock));
		return CompanySummary.of(this.keyResults.pacesOf(cycle.id(), elapsed, CompanySummary.TEAMS_SHOWN),
				this.keyResults.changedSince(cycle.id(), now.minus(CompanySummary.WEEK)), teamNames, elapsed);
	}

	/**
	 * The company objective's form and the first cycle's path, for admins and champions
	 * in an open cycle; {@code null} for everyone else. The path shows in the
	 * organisation's first cycle until an objective of it is published.
	 */
	private CompanySetting setting(Actor actor, Cycle cycle, List<Team> teams, ObjectiveForm form,
			Map<String, String> errors, boolean open) {
		if (!actor.runsProgram() || cycle.isClosed()) {
			return null;
		}
		CycleSetup.Progress progress = this.setup.of(cycle.id());
		CompanySetting.FirstCycle path = (progress.published() == 0 && !progress.earlierCycles())
				? CompanySetting.FirstCycle.of(progress, teams) : null;
		return new CompanySetting(cycle.id().toString(), form, errors,
				this.choices.parents(cycle.id(), null, null, form), open || !errors.isEmpty(), path);
	}

	private Optional<Cycle> chosen(CompanyFilter filter, List<Cycle> cycles) {
		return filter.cycleId()
			.flatMap((id) -> cycles.stream().filter((cycle) -> cycle.id().equals(id)).findFirst())
			.or(() -> this.cycles.current(LocalDate.now(this.clock)));
	}

	/**
	 * What the owner field shows: the name typed, or the name of the person a link asked
	 * for by id.
	 */
	private String ownerShown(CompanyFilter filter) {
		return filter.ownerId().map((id) -> this.people.names(List.of(id)).getOrDefault(id, "")).orElse(filter.owner());
	}

}
