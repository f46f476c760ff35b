package dev.lodestar.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;

/**
 * What a template must be: a title, a why within the limits of an objective's, one to
 * {@value #MAX_KEY_RESULTS} key results that each would pass as a key result of an
 * objective (the objectives module's own rules, so that a template never fails when it is
 * used), and a bad version whose parts are within the same limits.
 */
final class TemplateRules {

	static final int MAX_KEY_RESULTS = 5;

	static final int MAX_BAD_KEY_RESULTS = 10;

	private static final PersonId NOBODY = new PersonId(new java.util.UUID(0, 0));

	private TemplateRules() {
	}

	/** Checks a template, and answers it with its text trimmed; 400 naming each field. */
	static Template check(Template template) {
		FieldErrors errors = new FieldErrors();
		errors.required("area", template.area());
		String title = errors.title("title", template.title());
		String description = errors.text("description", template.description());
		List<Template.KeyResult> keyResults = new ArrayList<>();
		if (template.keyResults().isEmpty()) {
			errors.add("keyResults", "needs at least one key result: a number that shows the objective is met");
		}
		else if (template.keyResults().size() > MAX_KEY_RESULTS) {
			errors.add("keyResults", "may have at most " + MAX_KEY_RESULTS + " key results");
		}
		else {
			for (int i = 0; i < template.keyResults().size(); i++) {
				keyResults.add(keyResult(errors, "keyResults[" + i + "].", template.keyResults().get(i)));
			}
		}
		Template.BadVersion bad = (template.bad() != null) ? bad(errors, template.bad()) : null;
		errors.throwIfAny();
		return new Template(template.id(), template.area(), title, description, keyResults, bad, template.builtIn());
	}

	private static Template.KeyResult keyResult(FieldErrors errors, String prefix, Template.KeyResult keyResult) {
		if (keyResult == null) {
			errors.add(prefix.substring(0, prefix.length() - 1), "is required");
			return null;
		}
		if (keyResult.type() == KeyResultType.ROLLUP) {
			errors.add(prefix + "type",
					"must be metric, percentage or milestone: a template's key results take check-ins");
			return null;
		}
		try {
			KeyResult checked = KeyResult.create(ObjectiveId.random(), keyResult.title(), NOBODY, keyResult.type(),
					keyResult.startValue(), keyResult.targetValue(), keyResult.unit(), null, Instant.EPOCH);
			return new Template.KeyResult(checked.title(), checked.type(), checked.startValue(), checked.targetValue(),
					checked.unit());
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> errors.add(prefix + error.field(), error.message()));
			return null;
		}
	}

	private static Template.BadVersion bad(FieldErrors errors, Template.BadVersion bad) {
		String title = errors.title("bad.title", bad.title());
		if (bad.keyResults().size() > MAX_BAD_KEY_RESULTS) {
			errors.add("bad.keyResults", "may have at most " + MAX_BAD_KEY_RESULTS + " key results");
		}
		List<String> keyResults = new ArrayList<>();
		for (int i = 0; i < bad.keyResults().size() && i < MAX_BAD_KEY_RESULTS; i++) {
			keyResults.add(errors.title("bad.keyResults[" + i + "]", bad.keyResults().get(i)));
		}
		String why = errors.text("bad.why", bad.why());
		if (why == null) {
			errors.add("bad.why", "must not be blank: say what makes this version weak");
		}
		return new Template.BadVersion(title, keyResults, why);
	}

}
