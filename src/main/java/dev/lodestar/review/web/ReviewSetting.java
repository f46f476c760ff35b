package dev.lodestar.review.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Program;
import dev.lodestar.web.FormErrors;

/**
 * The admin's switch of review on the settings page: off (objectives are published
 * directly) or required.
 */
@Controller
class ReviewSetting {

	private final Program program;

	ReviewSetting(Program program) {
		this.program = program;
	}

	@PostMapping("/admin/settings/review")
	String change(Actor actor, @RequestParam(required = false) String objectiveReview, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.none();
		var saved = FormErrors.attempt(errors, () -> this.program.change(actor, null,
				new Program.SettingsChanges(null, null, null, (objectiveReview != null) ? objectiveReview : "")));
		redirect.addFlashAttribute("notice",
				(saved == null) ? "Review not changed: " + String.join("; ", errors.values())
						: saved.reviewRequired() ? "Saved. Objectives are now reviewed before they are published."
								: "Saved. Objectives are published directly, without review.");
		return "redirect:/admin/settings";
	}

}
