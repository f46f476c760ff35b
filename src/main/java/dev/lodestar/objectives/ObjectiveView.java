package dev.lodestar.objectives;

import java.util.List;

/**
 * An objective with its key results, the progress they add up to, and what it contributes
 * to, in order.
 */
public record ObjectiveView(Objective objective, List<KeyResult> keyResults, List<Contribution> contributesTo) {

	public ObjectiveView {
		contributesTo = List.copyOf(contributesTo);
	}

	/**
	 * The first link's target, as {@code alignedTo} shows it; {@code null} without links.
	 */
	public Alignment alignedTo() {
		return this.contributesTo.isEmpty() ? null : this.contributesTo.get(0).to();
	}

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
