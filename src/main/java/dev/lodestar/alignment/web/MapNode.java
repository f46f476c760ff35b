package dev.lodestar.alignment.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.alignment.MapBranch;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
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

	static MapNode of(MapBranch branch, Map<TeamId, String> teamNames) {
		ObjectiveNode objective = branch.objective();
		List<String> names = objective.teamIds().stream().map((team) -> teamNames.getOrDefault(team, "")).toList();
		return new MapNode(objective.id().toString(), objective.title(),
				names.isEmpty() ? "Company" : String.join(", ", names), names.isEmpty(), names.size() > 1,
				objective.status() == ObjectiveStatus.DRAFT, percent(objective.progress()),
				(branch.weight() != null) ? Format.figure(branch.weight()) : null, branch.repeated(), branch.folded(),
				branch.contributions(),
				branch.keyResults()
					.stream()
					.map((keyResult) -> KeyResultLine.of(keyResult.keyResult(),
							keyResult.contributions().stream().map((child) -> of(child, teamNames)).toList()))
					.toList(),
				branch.direct().stream().map((child) -> of(child, teamNames)).toList());
	}

	static int percent(double progress) {
		return (int) Math.round(progress * 100);
	}

	/** Whether anything is drawn below the node. */
	public boolean hasBelow() {
		return !this.direct.isEmpty() || this.keyResults.stream().anyMatch((line) -> !line.contributions().isEmpty());
	}

	/**
	 * A key result of a drawn objective, with the objectives that contribute to it (a
	 * roll-up key result's progress is theirs).
	 */
	record KeyResultLine(String id, String title, boolean rollup, int percent, List<MapNode> contributions) {

		static KeyResultLine of(KeyResultNode keyResult, List<MapNode> contributions) {
			return new KeyResultLine(keyResult.id().toString(), keyResult.title(),
					"ROLLUP".equals(keyResult.type().name()), MapNode.percent(keyResult.progress()), contributions);
		}

	}

}
