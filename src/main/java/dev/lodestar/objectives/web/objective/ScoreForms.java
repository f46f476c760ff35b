package dev.lodestar.objectives.web.objective;

import java.util.Map;
import java.util.Set;

import dev.lodestar.objectives.Score;

/**
 * The score forms of an objective's page in reflect: which key results the person looking
 * may adjust, whether they may explain the objective's score, and what a refused form
 * held, so it comes back as it was typed.
 *
 * @param adjustable the ids of the key results whose score the person may adjust
 * @param mayExplain whether the person may explain the objective's score
 * @param submitted the form that was refused, or {@code null}
 */
record ScoreForms(Set<String> adjustable, boolean mayExplain, Submitted submitted) {

	/** The key result id a refused objective form is filed under. */
	static final String OBJECTIVE = "objective";

	static ScoreForms none() {
		return new ScoreForms(Set.of(), false, null);
	}

	ScoreForms refused(Submitted form) {
		return new ScoreForms(this.adjustable, this.mayExplain, form);
	}

	public boolean mayAdjust(String keyResultId) {
		return this.adjustable.contains(keyResultId);
	}

	/** What the score field of a key result shows: what was typed, or its score. */
	public String score(ObjectiveSummary.KeyResultLine keyResult) {
		if (holds(keyResult.id())) {
			return this.submitted.score();
		}
		return (keyResult.score() != null) ? Score.format(keyResult.score().score()) : "";
	}

	/** What the reason field of a key result (or the objective) shows. */
	public String reason(String id, String current) {
		return holds(id) ? this.submitted.reason() : current;
	}

	/** Why a field of a form was refused, or {@code null}. */
	public String error(String id, String field) {
		return holds(id) ? this.submitted.errors().get(field) : null;
	}

	private boolean holds(String id) {
		return this.submitted != null && this.submitted.id().equals(id);
	}

	/**
	 * A score form as it was sent, and why it was refused, by field.
	 */
	record Submitted(String id, String score, String reason, Map<String, String> errors) {
	}

}
