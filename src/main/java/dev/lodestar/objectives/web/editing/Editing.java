package dev.lodestar.objectives.web.editing;

import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.web.Choices;

/**
 * What is being edited in an objective's card, if anything: the objective itself, a new
 * key result, or one of its key results; with what was typed and why it was refused.
 *
 * @param keyResultId the key result being changed, or {@code null}
 * @param choices the options of the form's select: what the objective may contribute to,
 * or who may own the key result
 */
public record Editing(ObjectiveForm objective, KeyResultForm keyResult, String keyResultId, Map<String, String> errors,
		Choices choices) {

	static Editing objective(ObjectiveForm form, Map<String, String> errors, Choices alignments) {
		return new Editing(form, null, null, errors, alignments);
	}

	static Editing newKeyResult(KeyResultForm form, Map<String, String> errors, Choices owners) {
		return new Editing(null, form, null, errors, owners);
	}

	static Editing keyResult(String id, KeyResultForm form, Map<String, String> errors, Choices owners) {
		return new Editing(null, form, id, errors, owners);
	}

	public boolean editsObjective() {
		return this.objective != null;
	}

	public boolean addsKeyResult() {
		return this.keyResult != null && this.keyResultId == null;
	}

	/**
	 * The field the keyboard should be on when the form opens: the first one that needs
	 * fixing, else the title.
	 */
	public String focus() {
		List<String> order = editsObjective() ? ObjectiveForm.FIELDS : KeyResultForm.FIELDS;
		return order.stream().filter(this.errors::containsKey).findFirst().orElse("title");
	}

	public boolean edits(String keyResult) {
		return this.keyResultId != null && this.keyResultId.equals(keyResult);
	}

}
