package dev.lodestar.objectives.web.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.ObjectiveSearch;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.Htmx;

/**
 * The company page: every team's objectives in a cycle, filtered by team, key-result
 * owner, status, confidence and words. The filter form is a plain GET form; htmx swaps in
 * only the results when it asks.
 */
@Controller
class CompanyPage {

	private final Cycles cycles;

	private final Teams teams;

	private final People people;

	private final ObjectiveSearch search;

	private final Clock clock;

	CompanyPage(Cycles cycles, Teams teams, People people, ObjectiveSearch search, Clock clock) {
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.search = search;
		this.clock = clock;
	}

	@GetMapping("/company")
	String company(@ModelAttribute("filter") CompanyFilter filter, Model model, HttpServletRequest request,
			HttpServletResponse response) {
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
		var found = this.search.find(shown.toSearch(cycle.get().id()),
				new Paging(CompanyFilter.PAGE_SIZE, (long) (shown.pageNumber() - 1) * CompanyFilter.PAGE_SIZE));
		model.addAttribute("filter", shown);
		model.addAttribute("teams", teams);
		model.addAttribute("ownerShown", ownerShown(shown));
		model.addAttribute("results",
				CompanyResults.of(found, teams.stream().collect(Collectors.toMap(Team::id, Team::name)), shown));
		return Htmx.page(request, "objectives/company", "results");
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
