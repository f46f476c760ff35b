package dev.lodestar.review.web;

import java.util.List;
import java.util.Map;

/**
 * What an objective's page shows of its review: every step, the buttons of whoever may
 * act now, and a refused step's comment as typed with why it was refused.
 *
 * @param required whether the organisation reviews objectives before they are published
 * @param maySubmit whether the person looking may submit the objective
 * @param mayReview whether they may approve it or request changes
 * @param comment the comment as typed, when a step was refused
 * @param errors why a step was refused, by field ({@code comment}, {@code action})
 */
record ReviewPanel(String objectiveId, String status, boolean required, boolean maySubmit, boolean mayReview,
		List<StepRow> steps, String comment, Map<String, String> errors) {

	public String action() {
		return "/objectives/" + this.objectiveId + "/review";
	}

	public boolean inReview() {
		return "in-review".equals(this.status);
	}

	ReviewPanel refused(String typed, Map<String, String> why) {
		return new ReviewPanel(this.objectiveId, this.status, this.required, this.maySubmit, this.mayReview, this.steps,
				typed, why);
	}

	/** One step as the history shows it. */
	record StepRow(String action, String by, String comment, String at) {

		public String label() {
			return switch (this.action) {
				case "submit" -> "Submitted for review";
				case "approve" -> "Approved and published";
				default -> "Requested changes";
			};
		}

	}

}
