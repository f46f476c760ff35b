package dev.lodestar.rhythm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.TeamWeeks;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;
import dev.lodestar.rhythm.Week;
import dev.lodestar.shared.Paging;

/**
 * Fills in the Monday page: for showing it, and for showing it again with a refused
 * change beside its field.
 */
@Component
class MondaySheet {

	static final String TEMPLATE = "rhythm/monday";

	private final TeamWeeks weeks;

	private final Cycles cycles;

	private final Objectives objectives;

	private final KeyResults keyResults;

	MondaySheet(TeamWeeks weeks, Cycles cycles, Objectives objectives, KeyResults keyResults) {
		this.weeks = weeks;
		this.cycles = cycles;
		this.objectives = objectives;
		this.keyResults = keyResults;
	}

	Week thisWeek() {
		return this.weeks.thisWeek();
	}

	static String page(TeamId team, Week week) {
		return "/teams/" + team + "/monday?week=" + week;
	}

	String fill(Actor actor, TeamId team, Week week, Model model) {
		return fill(actor, team, week, "", Map.of(), Map.of(), null, model);
	}

	/**
	 * The page with what was typed and refused: {@code errors} and {@code typed} are by
	 * field ({@code text} for a new priority, a priority's id for its edit form);
	 * {@code replaced} stands in for its key result's row.
	 */
	String fill(Actor actor, TeamId team, Week week, String newText, Map<String, String> errors,
			Map<String, String> typed, ConfidenceRow replaced, Model model) {
		TeamWeek teamWeek = this.weeks.week(actor, team, week);
		List<ConfidenceRow> rows = rows(actor, team, teamWeek.isThisWeek()).stream()
			.map((row) -> (replaced != null && row.id().equals(replaced.id())) ? replaced : row)
			.toList();
		model.addAttribute("teamId", team.toString());
		model.addAttribute("monday", new MondayView(WeekNav.of(teamWeek, "monday"), rows,
				PriorityLine.of(teamWeek.priorities(), errors, typed),
				PriorityLine.of(teamWeek.offeredAgain(), Map.of(), Map.of()), teamWeek.mayWrite(), newText, errors));
		return TEMPLATE;
	}

	/** One key result's row, as it is now. */
	ConfidenceRow row(Actor actor, KeyResultId id) {
		KeyResult keyResult = this.keyResults.get(id);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		return ConfidenceRow.of(keyResult, objective, keyResult.editableBy(actor, objective));
	}

	private List<ConfidenceRow> rows(Actor actor, TeamId team, boolean editable) {
		Set<CycleId> executing = this.cycles.all()
			.stream()
			.filter((cycle) -> cycle.phase() == Phase.EXECUTE)
			.map(Cycle::id)
			.collect(Collectors.toSet());
		List<ConfidenceRow> rows = new ArrayList<>();
		for (ObjectiveView view : this.objectives.list(null, team, new Paging(Paging.MAX_LIMIT, 0)).items()) {
			Objective objective = view.objective();
			if (executing.contains(objective.cycleId()) && objective.status() != ObjectiveStatus.ARCHIVED) {
				view.keyResults()
					.forEach((keyResult) -> rows.add(ConfidenceRow.of(keyResult, objective,
							editable && keyResult.editableBy(actor, objective))));
			}
		}
		return rows;
	}

}
