package dev.lodestar.rhythm.web;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.Objective;

/**
 * A key result on the Monday page with its confidence for the week, the control that sets
 * it (for those who may check it in), and what was typed when it was refused.
 */
record ConfidenceRow(String id, String title, String objectiveTitle, double progress, Integer confidence,
		boolean mayEdit, String value, String error, boolean saved) {

	static ConfidenceRow of(KeyResult keyResult, Objective objective, boolean mayEdit) {
		Integer confidence = keyResult.confidence();
		return new ConfidenceRow(keyResult.id().toString(), keyResult.title(), objective.title(), keyResult.progress(),
				confidence, mayEdit, (confidence != null) ? confidence.toString() : "", null, false);
	}

	ConfidenceRow justSaved() {
		return new ConfidenceRow(this.id, this.title, this.objectiveTitle, this.progress, this.confidence, this.mayEdit,
				this.value, null, true);
	}

	ConfidenceRow refused(String typed, String error) {
		return new ConfidenceRow(this.id, this.title, this.objectiveTitle, this.progress, this.confidence, this.mayEdit,
				(typed != null) ? typed : "", error, false);
	}

	public ConfidenceBand band() {
		return ConfidenceBand.of(this.confidence);
	}

	public String domId() {
		return "kr-" + this.id;
	}

}
