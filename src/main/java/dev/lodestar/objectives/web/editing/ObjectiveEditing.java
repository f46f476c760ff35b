package dev.lodestar.objectives.web.editing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.objectives.web.team.TeamObjectiveCard;
import dev.lodestar.objectives.web.team.TeamObjectiveCards;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.web.FormErrors;

/**
 * Editing an objective in its card: its title, why, kind, the teams it is shared with and
 * what it contributes to (a list of teams, and one of parents with weights, each found
 * with a search that works with and without script); publishing and archiving it. With
 * htmx each answer is the card; without, the edit form is a page and a change returns to
 * the team page.
 */
@Controller
class ObjectiveEditing {

	private static final Pattern OWNER = Pattern.compile("teamIds\\[(\\d+)\\]");

	private final Objectives objectives;

	private final TeamObjectiveCards cards;

	private final FormChoices choices;

	ObjectiveEditing(Objectives objectives, TeamObjectiveCards cards, FormChoices choices) {
		this.objectives = objectives;
		this.cards = cards;
		this.choices = choices;
	}

	@GetMapping("/objectives/{id}/edit")
	String edit(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		Objective objective = editable(actor, ObjectiveId.fromPath(id));
		ObjectiveForm form = ObjectiveForm.of(objective,
				this.objectives.contributionsOf(List.of(objective.id())).getOrDefault(objective.id(), List.of()));
		return TeamObjectiveCards.editing(form(actor, objective, form, Map.of(), null, request), model, request);
	}

	@PostMapping("/objectives/{id}/edit")
	String update(Actor actor, @PathVariable String id, @ModelAttribute ObjectiveForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Objective objective = editable(actor, ObjectiveId.fromPath(id));
		if (form.adjusting()) {
			return TeamObjectiveCards
				.editing(form(actor, objective, form.adjusted(), Map.of(), form.landing(), request), model, request);
		}
		Map<String, String> errors = FormErrors.none();
		Objectives.ObjectiveChanges changes = form.toChanges(objective.teamId(), errors);
		if (changes.teamIds() != null && !actor.runsProgram() && changes.teamIds().stream().noneMatch(actor::leads)) {
			errors.putIfAbsent(ObjectiveForm.SHARED_WITH,
					"must keep a team you lead: without one you could no longer change the objective");
		}
		Map<String, String> refused = FormErrors.none();
		if (errors.isEmpty()) {
			FormErrors.attempt(refused,
					() -> this.objectives.update(actor, objective.id(), form.expectedVersion(), changes));
		}
		refused.forEach((field, message) -> errors.putIfAbsent(formField(field), message));
		if (errors.isEmpty()) {
			return TeamObjectiveCards.saved(this.cards.card(objective.id(), actor, request), model, request);
		}
		response.setStatus(422);
		return TeamObjectiveCards.editing(form(actor, objective, form, errors, null, request), model, request);
	}

	@PostMapping("/objectives/{id}/publish")
	String publish(Actor actor, @PathVariable String id, @RequestParam(required = false) String version, Model model,
			HttpServletRequest request) {
		return move(actor, ObjectiveId.fromPath(id), version, ObjectiveStatus.PUBLISHED, model, request);
	}

	@PostMapping("/objectives/{id}/archive")
	String archive(Actor actor, @PathVariable String id, @RequestParam(required = false) String version, Model model,
			HttpServletRequest request) {
		return move(actor, ObjectiveId.fromPath(id), version, ObjectiveStatus.ARCHIVED, model, request);
	}

	private String move(Actor actor, ObjectiveId id, String version, ObjectiveStatus status, Model model,
			HttpServletRequest request) {
		this.objectives.update(actor, id, FormValues.version(version),
				new Objectives.ObjectiveChanges(null, null, null, status, null, null));
		return TeamObjectiveCards.saved(this.cards.card(id, actor, request), model, request);
	}

	private Objective editable(Actor actor, ObjectiveId id) {
		Objective objective = this.objectives.get(id);
		actor.require(objective.editableBy(actor), "change this objective");
		this.objectives.cycleOf(objective).requireOpen();
		return objective;
	}

	private TeamObjectiveCard form(Actor actor, Objective objective, ObjectiveForm form, Map<String, String> errors,
			String landing, HttpServletRequest request) {
		TeamObjectiveCard card = this.cards.card(objective.id(), actor, request);
		// a shared objective looks for parents above the owning team whose page it is on
		TeamId team = (card.shownOn() != null) ? TeamId.fromPath(card.shownOn()) : null;
		return card.editing(
				Editing.objective(form, errors, this.choices.parents(objective.cycleId(), team, objective.id(), form),
						(objective.teamId() != null) ? this.choices.sharing(objective, form) : null, landing));
	}

	/**
	 * Where the form shows a rule the change broke: the owners the service names
	 * ({@code teamIds[i]}, the first team at 0) are the teams it is shared with.
	 */
	private static String formField(String field) {
		Matcher owner = OWNER.matcher(field);
		if (owner.matches()) {
			int index = Integer.parseInt(owner.group(1));
			return (index == 0) ? ObjectiveForm.SHARED_WITH : ObjectiveForm.sharedWith(index - 1);
		}
		return field.equals("teamIds") || field.equals("teamId") ? ObjectiveForm.SHARED_WITH : field;
	}

}
