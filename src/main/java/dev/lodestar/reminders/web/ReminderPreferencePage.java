package dev.lodestar.reminders.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.reminders.ReminderFrequency;
import dev.lodestar.reminders.ReminderPreferences;
import dev.lodestar.web.FormErrors;

/**
 * The profile's reminders tab: how often one gets the check-in reminder.
 */
@Controller
class ReminderPreferencePage {

	private static final List<Option> OPTIONS = List.of(
			new Option(ReminderFrequency.WEEKLY.value(), "Every week",
					"On each check-in day, when a key result of yours has not been checked in that week."),
			new Option(ReminderFrequency.BIWEEKLY.value(), "Every other week",
					"At most once in two weeks, on the check-in day."),
			new Option(ReminderFrequency.OFF.value(), "Off", "No reminder mail. My week still shows what waits."));

	private final ReminderPreferences preferences;

	ReminderPreferencePage(ReminderPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/profile/reminders")
	String reminders(Actor actor, Model model) {
		return page(this.preferences.of(actor.personId()).value(), FormErrors.none(), model);
	}

	@PostMapping("/profile/reminders")
	String choose(Actor actor, @RequestParam(defaultValue = "") String frequency, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.none();
		ReminderFrequency chosen = parse(frequency);
		if (chosen == null) {
			errors.put("frequency", "choose one of the three");
		}
		if (FormErrors.attempt(errors, () -> this.preferences.choose(actor, chosen)) != null) {
			redirect.addFlashAttribute("notice", "Saved: " + label(chosen) + ".");
			return "redirect:/profile/reminders";
		}
		response.setStatus(422);
		return page(frequency, errors, model);
	}

	private static String page(String chosen, Map<String, String> errors, Model model) {
		model.addAttribute("options", OPTIONS);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		return "reminders/preference";
	}

	private static ReminderFrequency parse(String raw) {
		return Arrays.stream(ReminderFrequency.values())
			.filter((frequency) -> frequency.value().equals(raw.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

	private static String label(ReminderFrequency frequency) {
		return switch (frequency) {
			case WEEKLY -> "a reminder every week";
			case BIWEEKLY -> "a reminder every other week";
			case OFF -> "no reminders";
		};
	}

	/** One choice of the form, with what it means. */
	record Option(String value, String label, String hint) {
	}

}
