package dev.lodestar.objectives;

import java.util.List;

/**
 * An objective with its key results, and the progress they add up to.
 */
public record ObjectiveView(Objective objective, List<KeyResult> keyResults) {

	public double progress() {
		return KeyResult.progressOf(this.keyResults);
	}

	/**
	 * The weighted mean of the key results' scores; {@code null} until the cycle is
	 * scored.
	 */
	public Double score() {
		return KeyResult.scoreOf(this.keyResults);
	}

	/**
	 * Whether the objective reached what its kind expects; {@code null} while unscored.
	 */
	public Boolean metExpectation() {
		Double score = score();
		return (score != null) ? Score.meets(this.objective.kind(), score) : null;
	}

}
