package dev.lodestar.objectives;

import java.util.List;

/**
 * An objective with its key results, and the progress they add up to.
 */
public record ObjectiveView(Objective objective, List<KeyResult> keyResults) {

	public double progress() {
		return KeyResult.progressOf(this.keyResults);
	}

}
