package dev.lodestar.setup.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.setup.LaunchAnnouncement;
import dev.lodestar.setup.Readiness;
import dev.lodestar.web.FormErrors;

/**
 * The readiness of a cycle for launch, for admins and champions: the checklist with its
 * numbers and a link to fix each check, and, while the cycle is in prepare, a short
 * message for the announcement everyone gets when the cycle moves to set.
 */
@Controller
class ReadinessPage {

	private final Readiness readiness;

	private final LaunchAnnouncement announcement;

	ReadinessPage(Readiness readiness, LaunchAnnouncement announcement) {
		this.readiness = readiness;
		this.announcement = announcement;
	}

	@GetMapping("/cycles/{id}/readiness")
	String readiness(Actor actor, @PathVariable String id, Model model) {
		CycleId cycle = CycleId.fromPath(id);
		Readiness.Report report = this.readiness.of(actor, cycle);
		return page(report, this.announcement.message(cycle).orElse(""), FormErrors.none(), model);
	}

	@PostMapping("/cycles/{id}/readiness/message")
	String message(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String message, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CycleId cycle = CycleId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		if (FormErrors.attempt(errors, () -> this.announcement.leaveMessage(actor, cycle, message))) {
			redirect.addFlashAttribute("notice", message.isBlank() ? "The announcement goes out without a message."
					: "Saved. Your message goes out with the announcement.");
			return "redirect:/cycles/" + cycle + "/readiness";
		}
		response.setStatus(422);
		return page(this.readiness.of(actor, cycle), message, errors, model);
	}

	private String page(Readiness.Report report, String message, Map<String, String> errors, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("cycle", report.cycle());
		model.addAttribute("prepare", report.cycle().phase() == Phase.PREPARE);
		model.addAttribute("announced", this.announcement.announced(report.cycle().id()));
		model.addAttribute("message", message);
		model.addAttribute("maxMessage", LaunchAnnouncement.MAX_MESSAGE);
		model.addAttribute("errors", errors);
		return "setup/readiness";
	}

}
