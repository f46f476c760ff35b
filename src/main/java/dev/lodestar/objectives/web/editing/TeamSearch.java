package dev.lodestar.objectives.web.editing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;

/**
 * The team search of an objective's form as the person types (htmx): the teams whose name
 * matches, as buttons that add one to those the objective is shared with. Without script
 * the form's own "Find" button asks the form's page for the same matches.
 */
@Controller
class TeamSearch {

	private final Objectives objectives;

	private final FormChoices choices;

	TeamSearch(Objectives objectives, FormChoices choices) {
		this.objectives = objectives;
		this.choices = choices;
	}

	@GetMapping("/objectives/{id}/teams")
	String matches(Actor actor, @PathVariable String id,
			@RequestParam(name = "prefix", defaultValue = "objective") String prefix,
			@ModelAttribute ObjectiveForm form, Model model) {
		Objective objective = this.objectives.get(ObjectiveId.fromPath(id));
		actor.require(objective.editableBy(actor), "change this objective");
		model.addAttribute("sharing", this.choices.sharing(objective, form));
		model.addAttribute("prefix", prefix.replaceAll("[^A-Za-z0-9-]", ""));
		return "objectives/fragments :: team-matches";
	}

}
