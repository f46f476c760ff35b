package dev.lodestar.alignment;

import java.util.List;

import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;

/**
 * An objective in the alignment tree (see {@link Alignment#map}): the weight of its link
 * to the branch above ({@code null} at the top), whether it was drawn in full further up
 * ({@code repeated}), whether it is drawn here ({@code expanded}: its key results with
 * what contributes to each, and the objectives that contribute to it directly), its level
 * and how many links contribute to it. A branch at the depth drawn is not expanded: its
 * contributions are counted, not drawn.
 */
public record MapBranch(ObjectiveNode objective, Double weight, boolean repeated, boolean expanded, int level,
		int contributions, List<KeyResultBranch> keyResults, List<MapBranch> direct) {

	/** Whether contributions are left undrawn here, to be opened on their own. */
	public boolean folded() {
		return !this.repeated && !this.expanded && this.contributions > 0;
	}

	/** A key result in the tree, with the objectives that contribute to it. */
	public record KeyResultBranch(KeyResultNode keyResult, List<MapBranch> contributions) {
	}

}
