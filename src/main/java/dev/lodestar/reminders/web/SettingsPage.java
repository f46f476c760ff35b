package dev.lodestar.reminders.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.reminders.Reminders;
import dev.lodestar.web.FormErrors;

/**
 * The program's check-in rhythm for admins and champions: admins change the check-in day,
 * time and time zone; both may send the check-in reminders at once.
 */
@Controller
class SettingsPage {

	private final Program program;

	private final Reminders reminders;

	private final Clock clock;

	SettingsPage(Program program, Reminders reminders, Clock clock) {
		this.program = program;
		this.reminders = reminders;
		this.clock = clock;
	}

	@GetMapping("/admin/settings")
	String settings(Actor actor, Model model) {
		actor.require(actor.runsProgram(), "see the program's settings");
		ProgramSettings settings = this.program.settings();
		return page(actor, settings, RhythmForm.of(settings), FormErrors.none(), model);
	}

	@PostMapping("/admin/settings")
	String save(Actor actor, @ModelAttribute RhythmForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.none();
		ProgramSettings saved = FormErrors.attempt(errors,
				() -> this.program.change(actor, form.version(), form.changes()));
		if (saved != null) {
			redirect.addFlashAttribute("notice",
					"Saved. Check-ins are on " + Rhythm.of(saved, this.clock.instant()).summary() + ".");
			return "redirect:/admin/settings";
		}
		response.setStatus(422);
		return page(actor, this.program.settings(), form, errors, model);
	}

	@PostMapping("/admin/settings/send-reminders")
	String sendNow(Actor actor, RedirectAttributes redirect) {
		int sent = this.reminders.sendNow(actor);
		redirect.addFlashAttribute("notice", switch (sent) {
			case 0 -> this.reminders.mailed() ? "Nobody is waiting on a check-in, so no reminder went out."
					: "Mail is off, so no reminder went out.";
			case 1 -> "Sent 1 reminder.";
			default -> "Sent " + sent + " reminders.";
		});
		return "redirect:/admin/settings";
	}

	private String page(Actor actor, ProgramSettings settings, RhythmForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("rhythm", Rhythm.of(settings, this.clock.instant()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mayEdit", actor.isAdmin());
		model.addAttribute("reviewRequired", settings.reviewRequired());
		model.addAttribute("days", Rhythm.DAYS);
		model.addAttribute("zones", Rhythm.ZONES);
		return "reminders/settings";
	}

}
