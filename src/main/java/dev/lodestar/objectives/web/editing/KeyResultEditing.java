package dev.lodestar.objectives.web.editing;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.objectives.web.team.TeamObjectiveCard;
import dev.lodestar.objectives.web.team.TeamObjectiveCards;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.FormErrors;

/**
 * Adding, changing and removing key results in their objective's card. With htmx each
 * answer is the card; without, the form is a page and a change returns to the team page.
 */
@Controller
class KeyResultEditing {

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final TeamObjectiveCards cards;

	private final FormChoices choices;

	KeyResultEditing(Objectives objectives, KeyResults keyResults, TeamObjectiveCards cards, FormChoices choices) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.cards = cards;
		this.choices = choices;
	}

	@GetMapping("/objectives/{id}/key-results/new")
	String add(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		Objective objective = editable(actor, ObjectiveId.fromPath(id));
		KeyResultForm form = KeyResultForm.empty(actor.personId().toString());
		return TeamObjectiveCards.editing(adding(actor, objective, form, Map.of(), request), model, request);
	}

	@PostMapping("/objectives/{id}/key-results")
	String create(Actor actor, @PathVariable String id, @ModelAttribute KeyResultForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Objective objective = editable(actor, ObjectiveId.fromPath(id));
		Map<String, String> errors = FormErrors.none();
		KeyResults.NewKeyResult input = form.toNew(errors);
		FormErrors.attempt(errors, () -> this.keyResults.create(actor, objective.id(), input));
		if (errors.isEmpty()) {
			return TeamObjectiveCards.saved(this.cards.card(objective.id(), actor, request), model, request);
		}
		response.setStatus(422);
		return TeamObjectiveCards.editing(adding(actor, objective, form, errors, request), model, request);
	}

	@GetMapping("/key-results/{id}/edit")
	String edit(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		KeyResult keyResult = this.keyResults.get(KeyResultId.fromPath(id));
		Objective objective = changeable(actor, keyResult);
		return TeamObjectiveCards.editing(
				changing(actor, objective, keyResult, KeyResultForm.of(keyResult), Map.of(), request), model, request);
	}

	@PostMapping("/key-results/{id}/edit")
	String update(Actor actor, @PathVariable String id, @ModelAttribute KeyResultForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		KeyResult keyResult = this.keyResults.get(KeyResultId.fromPath(id));
		Objective objective = changeable(actor, keyResult);
		Map<String, String> errors = FormErrors.none();
		KeyResults.KeyResultChanges changes = form.toChanges(keyResult.type(), errors);
		FormErrors.attempt(errors,
				() -> this.keyResults.update(actor, keyResult.id(), form.expectedVersion(), changes));
		if (errors.isEmpty()) {
			return TeamObjectiveCards.saved(this.cards.card(objective.id(), actor, request), model, request);
		}
		response.setStatus(422);
		return TeamObjectiveCards.editing(changing(actor, objective, keyResult, form, errors, request), model, request);
	}

	@PostMapping("/key-results/{id}/remove")
	String remove(Actor actor, @PathVariable String id, @RequestParam(required = false) String version, Model model,
			HttpServletRequest request) {
		KeyResult keyResult = this.keyResults.get(KeyResultId.fromPath(id));
		this.keyResults.delete(actor, keyResult.id(), FormValues.version(version));
		return TeamObjectiveCards.saved(this.cards.card(keyResult.objectiveId(), actor, request), model, request);
	}

	private Objective editable(Actor actor, ObjectiveId id) {
		Objective objective = this.objectives.get(id);
		actor.require(objective.editableBy(actor), "add key results to this objective");
		this.objectives.cycleOf(objective).requireOpen();
		return objective;
	}

	private Objective changeable(Actor actor, KeyResult keyResult) {
		Objective objective = this.objectives.get(keyResult.objectiveId());
		actor.require(keyResult.editableBy(actor, objective), "change this key result");
		this.objectives.cycleOf(objective).requireOpen();
		return objective;
	}

	private TeamObjectiveCard adding(Actor actor, Objective objective, KeyResultForm form, Map<String, String> errors,
			HttpServletRequest request) {
		return this.cards.card(objective.id(), actor, request)
			.editing(Editing.newKeyResult(form, errors, this.choices.owners(objective.teamId()),
					this.choices.metrics()));
	}

	private TeamObjectiveCard changing(Actor actor, Objective objective, KeyResult keyResult, KeyResultForm form,
			Map<String, String> errors, HttpServletRequest request) {
		return this.cards.card(objective.id(), actor, request)
			.editing(Editing.keyResult(keyResult.id().toString(), form, errors, this.choices.owners(objective.teamId()),
					this.choices.metrics()));
	}

}
