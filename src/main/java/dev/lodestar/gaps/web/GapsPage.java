package dev.lodestar.gaps.web;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.gaps.GapFlag;
import dev.lodestar.gaps.Gaps;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.Htmx;
import dev.lodestar.web.SelectOptions;

/**
 * The gaps page: a cycle's key results, what needs attention first, filtered by team. The
 * team filter is a plain GET form; htmx swaps in only the results when it asks.
 */
@Controller
class GapsPage {

	static final int PAGE_SIZE = 50;

	private final Gaps gaps;

	private final Cycles cycles;

	private final Teams teams;

	/** The team filter's thousand options, rendered once per list of teams. */
	private final SelectOptions<Team> teamOptions = new SelectOptions<>((team) -> team.id().toString(), Team::name);

	private final Clock clock;

	GapsPage(Gaps gaps, Cycles cycles, Teams teams, Clock clock) {
		this.gaps = gaps;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * The gaps of a cycle ({@code cycle}), by default the one running now, or a word on
	 * why there are none.
	 */
	@GetMapping("/gaps")
	String gaps(@RequestParam(required = false) String cycle, @RequestParam(required = false) String team,
			@RequestParam(defaultValue = "1") String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("Vary", "HX-Request");
		List<Cycle> cycles = this.cycles.all();
		Optional<Cycle> chosenCycle = chosenCycle(cycle, cycles);
		model.addAttribute("cycle", chosenCycle.orElse(null));
		if (chosenCycle.isEmpty()) {
			return "gaps/gaps";
		}
		List<Team> teams = this.teams.all();
		Map<TeamId, String> names = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
		TeamId chosen = chosenTeam(team, names);
		int pageNumber = pageNumber(page);
		Gaps.CycleGaps found = this.gaps.of(chosenCycle.get().id(), chosen, (long) (pageNumber - 1) * PAGE_SIZE,
				PAGE_SIZE);
		if (found.gaps().isEmpty() && pageNumber > 1) {
			pageNumber = GapsPager.pages(found.total());
			found = this.gaps.of(chosenCycle.get().id(), chosen, (long) (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
		}
		model.addAttribute("cycles", cycles);
		model.addAttribute("teamOptions", this.teamOptions.html(teams, (chosen != null) ? chosen.toString() : null));
		model.addAttribute("expectedPercent", Math.round(found.expectedProgress() * 100));
		model.addAttribute("total", found.total());
		model.addAttribute("stale", found.count(GapFlag.STALE));
		model.addAttribute("dropped", found.count(GapFlag.CONFIDENCE_DROP));
		model.addAttribute("offTrack", found.count(GapFlag.OFF_TRACK));
		model.addAttribute("rows",
				found.gaps()
					.stream()
					.map((gap) -> GapRow.of(gap,
							(gap.teamId() != null) ? names.getOrDefault(gap.teamId(), "") : "Company-wide"))
					.toList());
		model.addAttribute("pager", GapsPager.of(found.cycle().id(), chosen, pageNumber, found.total()));
		return Htmx.page(request, "gaps/gaps", "results");
	}

	private Optional<Cycle> chosenCycle(String cycle, List<Cycle> cycles) {
		return cycles.stream()
			.filter((one) -> one.id().toString().equals(cycle))
			.findFirst()
			.or(() -> this.cycles.current(LocalDate.now(this.clock)));
	}

	private static TeamId chosenTeam(String team, Map<TeamId, String> names) {
		if (team == null || team.isBlank()) {
			return null;
		}
		try {
			TeamId id = TeamId.fromField("team", team);
			return names.containsKey(id) ? id : null;
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	private static int pageNumber(String raw) {
		try {
			return Math.max(1, Integer.parseInt(raw));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
