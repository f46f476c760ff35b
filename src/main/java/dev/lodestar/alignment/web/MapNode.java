package dev.lodestar.alignment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lodestar.alignment.MapBranch;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.organization.TeamId;
import dev.lodestar.web.Format;

/**
 * An objective as the alignment map draws it: its title and teams, its progress, the
 * weight of its link to the objective above, and what contributes to it (through each key
 * result, and directly). A repeated node stands for one drawn in full elsewhere on the
 * map; a folded one has contributions to be opened on a map of their own.
 */
record MapNode(String id, String title, String teams, boolean company, boolean shared, boolean draft, int percent,
		String weight, boolean repeated, boolean folded, int contributions, List<KeyResultLine> keyResults,
		List<MapNode> direct) {

	static MapNode of(MapBranch branch, Map<TeamId, String> teamNames,
			Map<KeyResultId, List<Dependency>> dependencies) {
		ObjectiveNode objective = branch.objective();
		List<String> names = objective.teamIds().stream().map((team) -> teamNames.getOrDefault(team, "")).toList();
		return new MapNode(objective.id().toString(), objective.title(),
				names.isEmpty() ? "Company" : String.join(", ", names), names.isEmpty(), names.size() > 1,
				objective.status() == ObjectiveStatus.DRAFT || objective.status() == ObjectiveStatus.IN_REVIEW,
				percent(objective.progress()), (branch.weight() != null) ? Format.figure(branch.weight()) : null,
				branch.repeated(), branch.folded(), branch.contributions(),
				branch.keyResults()
					.stream()
					.map((keyResult) -> KeyResultLine.of(keyResult.keyResult(),
							keyResult.contributions()
								.stream()
								.map((child) -> of(child, teamNames, dependencies))
								.toList(),
							dependencies.getOrDefault(keyResult.keyResult().id(), List.of())
								.stream()
								.map((dependency) -> new Need(teamNames.getOrDefault(dependency.toTeamId(), ""),
										dependency.description(), dependency.status().name().toLowerCase(Locale.ROOT)))
								.toList()))
					.toList(),
				branch.direct().stream().map((child) -> of(child, teamNames, dependencies)).toList());
	}

	static int percent(double progress) {
		return (int) Math.round(progress * 100);
	}

	/** Whether anything is drawn below the node. */
	public boolean hasBelow() {
		return !this.direct.isEmpty() || this.keyResults.stream().anyMatch(KeyResultLine::shown);
	}

	/**
	 * A key result of a drawn objective, with the objectives that contribute to it (a
	 * roll-up key result's progress is theirs) and what its team asked other teams for.
	 */
	record KeyResultLine(String id, String title, boolean rollup, int percent, List<MapNode> contributions,
			List<Need> needs) {

		static KeyResultLine of(KeyResultNode keyResult, List<MapNode> contributions, List<Need> needs) {
			return new KeyResultLine(keyResult.id().toString(), keyResult.title(),
					keyResult.type() == KeyResultType.ROLLUP, MapNode.percent(keyResult.progress()), contributions,
					needs);
		}

		/**
		 * Whether the map draws the key result: something contributes to it or it needs
		 * something.
		 */
		public boolean shown() {
			return !this.contributions.isEmpty() || !this.needs.isEmpty();
		}

	}

	/**
	 * A dependency on another team for a key result: the team, what is asked, its status.
	 */
	record Need(String team, String description, String status) {
	}

}
