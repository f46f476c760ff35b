package dev.lodestar.dependencies.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.dependencies.Decision;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.dependencies.DependencyId;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.Htmx;

/**
 * One dependency on a page of its own, and the asked team's decision on it: in place with
 * htmx (the row comes back decided), or as a plain form that returns to the page it was
 * sent from; a refused decision shows why beside the note as typed.
 */
@Controller
class DecisionPage {

	private final Dependencies dependencies;

	private final DependencyRows rows;

	private final Cycles cycles;

	DecisionPage(Dependencies dependencies, DependencyRows rows, Cycles cycles) {
		this.dependencies = dependencies;
		this.rows = rows;
		this.cycles = cycles;
	}

	@GetMapping("/dependencies/{id}")
	String dependency(Actor actor, @PathVariable String id, @RequestParam(required = false) String back, Model model) {
		Dependency dependency = this.dependencies.get(DependencyId.fromPath(id));
		Cycle cycle = this.cycles.get(dependency.cycleId());
		model.addAttribute("row", this.rows.row(dependency, actor, !cycle.isClosed(), back(back, dependency, cycle)));
		return "dependencies/dependency";
	}

	@PostMapping("/dependencies/{id}/decision")
	String decide(Actor actor, @PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		DependencyId dependencyId = DependencyId.fromPath(id);
		actor.require(this.dependencies.get(dependencyId).decidableBy(actor),
				"decide on what other teams ask of this team");
		Map<String, String> errors = new LinkedHashMap<>();
		Decision chosen = decision(decision, errors);
		Dependency decided = null;
		if (errors.isEmpty()) {
			try {
				decided = this.dependencies.decide(actor, dependencyId, chosen, note);
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
			}
			catch (ConflictException ex) {
				errors.put("decision", ex.getMessage());
			}
		}
		Dependency shown = (decided != null) ? decided : this.dependencies.get(dependencyId);
		Cycle cycle = this.cycles.get(shown.cycleId());
		String returnTo = back(back, shown, cycle);
		if (decided != null && !Htmx.isHtmx(request)) {
			return "redirect:" + returnTo;
		}
		DependencyRow row = this.rows.row(shown, actor, !cycle.isClosed(), returnTo);
		if (decided == null) {
			response.setStatus(422);
			row = row.refused(note, errors);
		}
		model.addAttribute("row", row);
		return Htmx.isHtmx(request) ? "dependencies/fragments :: current-row" : "dependencies/dependency";
	}

	private static Decision decision(String raw, Map<String, String> errors) {
		if ("accepted".equals(raw)) {
			return Decision.ACCEPTED;
		}
		if ("declined".equals(raw)) {
			return Decision.DECLINED;
		}
		errors.put("decision", "must be accepted or declined");
		return null;
	}

	/**
	 * Where to return after a decision: a path inside Lodestar, by default the asked
	 * team's page.
	 */
	static String back(String back, Dependency dependency, Cycle cycle) {
		if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
			return back;
		}
		return TeamDependencies.back(dependency.toTeamId(), cycle);
	}

}
