package dev.lodestar.objectives.web.editing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * The parent search of an objective's form as the person types (htmx): the objectives and
 * key results of the cycle that match, as buttons that add one to the form. Without
 * script the form's own "Find" button asks the form's page for the same matches.
 */
@Controller
class ParentSearch {

	private final FormChoices choices;

	ParentSearch(FormChoices choices) {
		this.choices = choices;
	}

	@GetMapping("/objectives/parents")
	String matches(@RequestParam("cycle") String cycle, @RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "except", required = false) String except,
			@RequestParam(name = "prefix", defaultValue = "new-objective") String prefix,
			@ModelAttribute ObjectiveForm form, Model model) {
		ParentPicker picker = this.choices.parents(CycleId.fromPath(cycle),
				(team != null && !team.isBlank()) ? TeamId.fromPath(team) : null,
				(except != null && !except.isBlank()) ? ObjectiveId.fromPath(except) : null, form);
		model.addAttribute("parents", picker);
		model.addAttribute("prefix", prefix.replaceAll("[^A-Za-z0-9-]", ""));
		return "objectives/fragments :: parent-matches";
	}

}
