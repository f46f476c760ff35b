package dev.lodestar.objectives.web.editing;

import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.web.Choices;

/**
 * What is being edited in an objective's card, if anything: the objective itself, a new
 * key result, or one of its key results; with what was typed and why it was refused.
 *
 * @param keyResultId the key result being changed, or {@code null}
 * @param choices the options of the key result form's select: who may own it
 * @param parents what the objective contributes to, and the search for more
 * @param metrics the metrics a key result may track (none for an objective)
 * @param sharing the teams the objective is shared with, and the search for more;
 * {@code null} for a company-wide objective and when a key result is edited
 * @param landing where the keyboard goes when the form comes back from a change of its
 * lists (see {@link ObjectiveForm#landing()}), or {@code null}
 */
public record Editing(ObjectiveForm objective, KeyResultForm keyResult, String keyResultId, Map<String, String> errors,
		Choices choices, Choices metrics, ParentPicker parents, SharingPicker sharing, String landing) {

	static Editing objective(ObjectiveForm form, Map<String, String> errors, ParentPicker parents,
			SharingPicker sharing, String landing) {
		return new Editing(form, null, null, errors, Choices.none(), Choices.none(), parents, sharing, landing);
	}

	static Editing newKeyResult(KeyResultForm form, Map<String, String> errors, Choices owners, Choices metrics) {
		return new Editing(null, form, null, errors, owners, metrics, ParentPicker.none(), null, null);
	}

	static Editing keyResult(String id, KeyResultForm form, Map<String, String> errors, Choices owners,
			Choices metrics) {
		return new Editing(null, form, id, errors, owners, metrics, ParentPicker.none(), null, null);
	}

	public boolean editsObjective() {
		return this.objective != null;
	}

	public boolean addsKeyResult() {
		return this.keyResult != null && this.keyResultId == null;
	}

	/**
	 * The field the keyboard should be on when the form opens: the first one that needs
	 * fixing, else where the change of a list leaves it, else the title.
	 */
	public String focus() {
		List<String> order = editsObjective() ? ObjectiveForm.FIELDS : KeyResultForm.FIELDS;
		return order.stream()
			.filter((field) -> this.errors.keySet().stream().anyMatch((error) -> error.startsWith(field)))
			.findFirst()
			.orElse((this.landing != null) ? this.landing : "title");
	}

	public boolean edits(String keyResult) {
		return this.keyResultId != null && this.keyResultId.equals(keyResult);
	}

}
