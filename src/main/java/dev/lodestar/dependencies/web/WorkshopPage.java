package dev.lodestar.dependencies.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.dependencies.DependencyStatus;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.web.Htmx;

/**
 * A cycle's dependencies for the alignment workshop: how many are requested, accepted and
 * declined, and every one of them, filtered by status and by a team on either side, 50 to
 * a page, with the asked teams' accept and decline in place. The team filter offers only
 * the teams that take part. A fixed number of statements, however many there are.
 */
@Controller
class WorkshopPage {

	static final int PAGE_SIZE = 50;

	private final Dependencies dependencies;

	private final DependencyRows rows;

	private final Cycles cycles;

	private final Teams teams;

	WorkshopPage(Dependencies dependencies, DependencyRows rows, Cycles cycles, Teams teams) {
		this.dependencies = dependencies;
		this.rows = rows;
		this.cycles = cycles;
		this.teams = teams;
	}

	@GetMapping("/cycles/{id}/dependencies")
	String workshop(Actor actor, @PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String team, @RequestParam(defaultValue = "1") String page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Vary", "HX-Request");
		Cycle cycle = this.cycles.get(CycleId.fromPath(id));
		Map<DependencyStatus, Long> counts = this.dependencies.countByStatus(cycle.id());
		Set<TeamId> involved = this.dependencies.teamsOf(cycle.id());
		Map<TeamId, String> names = this.teams.names(involved);
		DependencyStatus chosenStatus = DependencyStatus.of(status).orElse(null);
		TeamId chosenTeam = involved.stream().filter((one) -> one.toString().equals(team)).findFirst().orElse(null);
		Dependencies.Filter filter = new Dependencies.Filter(cycle.id(), chosenTeam, chosenStatus);
		int number = pageNumber(page);
		ResultPage<Dependency> found = this.dependencies.list(filter,
				new Paging(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE));
		if (found.items().isEmpty() && number > 1) {
			number = pages(found.total());
			found = this.dependencies.list(filter, new Paging(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE));
		}
		String here = url(cycle.id(), chosenTeam, chosenStatus, number);
		model.addAttribute("cycle", cycle);
		model.addAttribute("counts", counts);
		model.addAttribute("total", found.total());
		model.addAttribute("status", (chosenStatus != null) ? chosenStatus.value() : "");
		model.addAttribute("team", (chosenTeam != null) ? chosenTeam.toString() : "");
		model.addAttribute("teams",
				names.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
					.map((entry) -> new TeamSection.Option(entry.getKey().toString(), entry.getValue()))
					.toList());
		model.addAttribute("rows",
				this.rows.rows(found.items(), actor, !cycle.isClosed(), (dependency) -> here, names));
		model.addAttribute("page", number);
		model.addAttribute("pages", pages(found.total()));
		model.addAttribute("previousUrl", (number > 1) ? url(cycle.id(), chosenTeam, chosenStatus, number - 1) : null);
		model.addAttribute("nextUrl",
				(number < pages(found.total())) ? url(cycle.id(), chosenTeam, chosenStatus, number + 1) : null);
		return Htmx.page(request, "dependencies/workshop", "results");
	}

	private static int pages(long total) {
		return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	private static int pageNumber(String raw) {
		try {
			return Math.max(1, Integer.parseInt(raw));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String url(CycleId cycle, TeamId team, DependencyStatus status, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/cycles/{id}/dependencies");
		if (status != null) {
			url.queryParam("status", status.value());
		}
		if (team != null) {
			url.queryParam("team", team.toString());
		}
		return url.queryParam("page", page).buildAndExpand(cycle.toString()).toUriString();
	}

}
