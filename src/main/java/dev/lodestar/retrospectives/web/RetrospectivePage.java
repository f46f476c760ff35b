package dev.lodestar.retrospectives.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.retrospectives.Retrospective;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.StaleVersionException;
import dev.lodestar.web.FormErrors;

/**
 * {@code /teams/{teamId}/retrospectives/{cycleId}}: the team's retrospective of a cycle,
 * with prompts for each answer, the team's objectives with their scores and a learning
 * each, and whether it was held. Saved with a plain form; read-only for viewers, people
 * outside the team and closed cycles.
 */
@Controller
class RetrospectivePage {

	private static final String TEMPLATE = "retrospectives/retrospective";

	private final Retrospectives retrospectives;

	private final Cycles cycles;

	private final Teams teams;

	private final Objectives objectives;

	private final People people;

	RetrospectivePage(Retrospectives retrospectives, Cycles cycles, Teams teams, Objectives objectives, People people) {
		this.retrospectives = retrospectives;
		this.cycles = cycles;
		this.teams = teams;
		this.objectives = objectives;
		this.people = people;
	}

	@GetMapping("/teams/{teamId}/retrospectives/{cycleId}")
	String page(Actor actor, @PathVariable String teamId, @PathVariable String cycleId, Model model) {
		TeamId team = TeamId.fromPath(teamId);
		CycleId cycle = CycleId.fromPath(cycleId);
		Retrospective retro = this.retrospectives.get(cycle, team);
		List<ObjectiveView> views = objectivesOf(cycle, team);
		Map<ObjectiveId, String> learnings = this.retrospectives
			.learningsOf(views.stream().map((view) -> view.objective().id()).toList());
		Map<String, String> typed = new HashMap<>();
		learnings.forEach((id, text) -> typed.put(id.toString(), text));
		return fill(actor, team, cycle, retro, views,
				new Typed(retro.worked(), retro.didNotWork(), retro.change(), retro.held(), retro.version(), typed),
				FormErrors.none(), null, model);
	}

	@PostMapping("/teams/{teamId}/retrospectives/{cycleId}")
	String save(Actor actor, @PathVariable String teamId, @PathVariable String cycleId,
			@RequestParam(required = false) String worked, @RequestParam(required = false) String didNotWork,
			@RequestParam(required = false) String change, @RequestParam(required = false) String held,
			@RequestParam(required = false) Long version, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		TeamId team = TeamId.fromPath(teamId);
		CycleId cycle = CycleId.fromPath(cycleId);
		List<ObjectiveView> views = objectivesOf(cycle, team);
		Map<ObjectiveId, String> learnings = new LinkedHashMap<>();
		Map<String, String> typedLearnings = new HashMap<>();
		for (ObjectiveView view : views) {
			String learning = request.getParameter("learning-" + view.objective().id());
			if (learning != null) {
				learnings.put(view.objective().id(), learning);
				typedLearnings.put(view.objective().id().toString(), learning);
			}
		}
		Map<String, String> errors = FormErrors.none();
		String stale = null;
		Retrospectives.Answers answers = new Retrospectives.Answers(worked, didNotWork, change, held != null);
		try {
			if (FormErrors.attempt(errors, () -> this.retrospectives.write(actor, cycle, team,
					(version != null) ? version : 0L, answers, learnings)) != null) {
				return "redirect:/teams/" + team + "/retrospectives/" + cycle + "?saved";
			}
			response.setStatus(422);
		}
		catch (StaleVersionException ex) {
			stale = "Someone saved this retrospective while you were writing. Your text is kept below; the saved version is shown beside each field: merge the two and save again.";
			response.setStatus(409);
		}
		Retrospective current = this.retrospectives.get(cycle, team);
		long shownVersion = (stale != null) ? current.version() : ((version != null) ? version : 0L);
		return fill(actor, team, cycle, current, views,
				new Typed(worked, didNotWork, change, held != null, shownVersion, typedLearnings), errors, stale,
				model);
	}

	private List<ObjectiveView> objectivesOf(CycleId cycle, TeamId team) {
		return this.objectives.list(cycle, team, new Paging(Paging.MAX_LIMIT, 0)).items();
	}

	private String fill(Actor actor, TeamId teamId, CycleId cycleId, Retrospective saved, List<ObjectiveView> views,
			Typed typed, Map<String, String> errors, String stale, Model model) {
		Cycle cycle = this.cycles.get(cycleId);
		TeamView team = this.teams.view(teamId);
		String updatedBy = (saved.updatedBy() != null)
				? this.people.names(List.of(saved.updatedBy())).getOrDefault(saved.updatedBy(), "someone who left")
				: null;
		model.addAttribute("retro",
				new RetrospectiveView(team.team().id().toString(), team.team().name(), cycle, saved, updatedBy,
						views.stream().map(ObjectiveRow::of).toList(), typed, errors, stale,
						!cycle.isClosed() && Retrospectives.mayWrite(actor, team)));
		return TEMPLATE;
	}

	/** What the form shows in its fields: what was saved, or what was just typed. */
	record Typed(String worked, String didNotWork, String change, boolean held, long version,
			Map<String, String> learnings) {
	}

	/** One objective of the team in the cycle, with its score. */
	record ObjectiveRow(String id, String title, String kind, Double score, String scoreText, String band,
			Boolean met) {

		static ObjectiveRow of(ObjectiveView view) {
			Double score = view.score();
			return new ObjectiveRow(view.objective().id().toString(), view.objective().title(),
					view.objective().kind().name().toLowerCase(java.util.Locale.ROOT), score,
					(score != null) ? dev.lodestar.objectives.Score.format(score) : null,
					(score != null) ? dev.lodestar.objectives.Score.Band.of(score).css() : null, view.metExpectation());
		}

	}

	/** Everything the page shows. */
	record RetrospectiveView(String teamId, String teamName, Cycle cycle, Retrospective saved, String updatedBy,
			List<ObjectiveRow> objectives, Typed typed, Map<String, String> errors, String stale, boolean mayWrite) {

		public String action() {
			return "/teams/" + this.teamId + "/retrospectives/" + this.cycle.id();
		}

	}

}
