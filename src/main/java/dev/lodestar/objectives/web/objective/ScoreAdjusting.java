package dev.lodestar.objectives.web.objective;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.FormErrors;

/**
 * The score forms of an objective's page in reflect: a key result's score adjusted with
 * its reason, and the objective's score explained. A refused form comes back on the page
 * as it was typed, with what to fix beside each field.
 */
@Controller
class ScoreAdjusting {

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final ObjectivePage page;

	ScoreAdjusting(KeyResults keyResults, Objectives objectives, ObjectivePage page) {
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.page = page;
	}

	@PostMapping("/key-results/{id}/score")
	String adjust(Actor actor, @PathVariable String id, @RequestParam(required = false) String score,
			@RequestParam(required = false) String scoreReason, @RequestParam(required = false) String version,
			Model model, HttpServletResponse response) {
		KeyResult keyResult = this.keyResults.get(KeyResultId.fromPath(id));
		Map<String, String> errors = FormErrors.none();
		Double value = FormValues.blank(score) ? null : FormValues.number(score, "score", errors);
		if (FormValues.blank(score)) {
			errors.put("score", "is required: a number from 0.0 to 1.0");
		}
		Optional<String> reason = Optional.ofNullable(FormValues.blank(scoreReason) ? null : scoreReason);
		FormErrors.attempt(errors, () -> this.keyResults.update(actor, keyResult.id(), FormValues.version(version),
				new KeyResults.KeyResultChanges(null, null, null, null, null, null, value, reason)));
		if (errors.isEmpty()) {
			return "redirect:/objectives/" + keyResult.objectiveId() + "#key-result-" + keyResult.id();
		}
		response.setStatus(422);
		return this.page.fill(actor, keyResult.objectiveId(),
				new ScoreForms.Submitted(keyResult.id().toString(), score, scoreReason, errors), model);
	}

	@PostMapping("/objectives/{id}/score-reason")
	String explain(Actor actor, @PathVariable String id, @RequestParam(required = false) String scoreReason,
			@RequestParam(required = false) String version, Model model, HttpServletResponse response) {
		ObjectiveId objective = ObjectiveId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		Optional<String> reason = Optional.ofNullable(FormValues.blank(scoreReason) ? null : scoreReason);
		FormErrors.attempt(errors, () -> this.objectives.update(actor, objective, FormValues.version(version),
				new Objectives.ObjectiveChanges(null, null, null, null, null, null, null, reason)));
		if (errors.isEmpty()) {
			return "redirect:/objectives/" + objective + "#score-heading";
		}
		response.setStatus(422);
		return this.page.fill(actor, objective,
				new ScoreForms.Submitted(ScoreForms.OBJECTIVE, null, scoreReason, errors), model);
	}

}
