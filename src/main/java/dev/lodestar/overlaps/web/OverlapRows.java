package dev.lodestar.overlaps.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.overlaps.Measured;
import dev.lodestar.overlaps.Overlaps;

/**
 * Overlaps as the pages show them: each side with its teams' names, and the three ways to
 * settle a pair — share the objective (its form's "Shared with"), depend on the other
 * team (the ask form on the team's page), or drop one (its form, where it can be
 * archived). The teams' names are one statement for all rows.
 */
@Component
class OverlapRows {

	private final Teams teams;

	OverlapRows(Teams teams) {
		this.teams = teams;
	}

	Rows rows(CycleId cycle, Overlaps.CycleOverlaps found, int limit) {
		Map<TeamId, String> names = this.teams.names(found.teams());
		return new Rows(
				found.objectives()
					.stream()
					.limit(limit)
					.map((pair) -> new ObjectiveRow(side(cycle, pair.a(), names), side(cycle, pair.b(), names),
							percent(pair.similarity())))
					.toList(),
				found.keyResults()
					.stream()
					.limit(limit)
					.map((pair) -> new KeyResultRow(side(cycle, pair.a(), names), side(cycle, pair.b(), names),
							pair.measure(), percent(pair.similarity())))
					.toList(),
				found.objectives().size(), found.keyResults().size());
	}

	private static Side side(CycleId cycle, ObjectiveText objective, Map<TeamId, String> names) {
		TeamId team = objective.teamIds().get(0);
		return new Side(objective.id().toString(), objective.title(),
				String.join(", ", objective.teamIds().stream().map((one) -> names.getOrDefault(one, "?")).toList()),
				team.toString(), "/objectives/" + objective.id(), share(objective.id()), depend(cycle, team),
				"/objectives/" + objective.id() + "/edit", null);
	}

	private static Side side(CycleId cycle, Measured measured, Map<TeamId, String> names) {
		Side objective = side(cycle, measured.objective(), names);
		return new Side(objective.objectiveId(), measured.keyResult().title(), objective.teams(), objective.teamId(),
				"/key-results/" + measured.keyResult().id(), objective.share(), objective.depend(), objective.drop(),
				(measured.direction() == dev.lodestar.overlaps.Direction.RISES) ? "raises" : "lowers");
	}

	/** The objective's form at its "Shared with". */
	static String share(ObjectiveId objective) {
		return "/objectives/" + objective + "/edit#objective-" + objective + "-sharing";
	}

	/** The team's page at the form that asks another team for something. */
	static String depend(CycleId cycle, TeamId team) {
		return UriComponentsBuilder.fromPath("/teams/{team}")
			.queryParam("cycle", cycle.toString())
			.fragment("team-dependencies")
			.buildAndExpand(team.toString())
			.toUriString();
	}

	private static int percent(double similarity) {
		return (int) Math.round(similarity * 100);
	}

	/** The rows shown, at most a limit of each kind, and how many there are. */
	record Rows(List<ObjectiveRow> objectives, List<KeyResultRow> keyResults, int objectivesTotal,
			int keyResultsTotal) {

		public boolean isEmpty() {
			return this.objectivesTotal == 0 && this.keyResultsTotal == 0;
		}

	}

	/** Two similar objectives of different teams, similarity in percent. */
	record ObjectiveRow(Side a, Side b, int similarity) {
	}

	/** Two key results moving the same measure in opposite directions. */
	record KeyResultRow(Side a, Side b, String measure, int similarity) {
	}

	/**
	 * One side of a pair: an objective or key result, its teams' names, where it is, and
	 * the links that settle the pair from this side; {@code way} is {@code raises} or
	 * {@code lowers} for a key result.
	 */
	record Side(String objectiveId, String title, String teams, String teamId, String href, String share, String depend,
			String drop, String way) {
	}

}
