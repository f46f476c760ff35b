package dev.lodestar.organization.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.TooManyAttemptsException;

/**
 * One's own profile: the name others see, and the password, which takes the current one
 * (counted like a sign-in attempt, and held back after too many wrong ones) and the new
 * one twice.
 */
@Controller
class ProfilePage {

	private static final String NAME = "name";

	private static final String PASSWORD = "password";

	private final People people;

	ProfilePage(People people) {
		this.people = people;
	}

	@GetMapping("/profile")
	String profile(Actor actor, Model model) {
		return page(actor, model, Refusal.none());
	}

	@PostMapping("/profile")
	String rename(Actor actor, @RequestParam String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Person me = this.people.get(actor.personId());
			this.people.update(actor, me.id(), me.version(), new People.PersonChanges(name, null));
			redirect.addFlashAttribute("notice", "Saved your name.");
			return "redirect:/profile";
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return page(actor, model, Refusal.of(NAME, Map.of("name", name), ex.errors()));
		}
	}

	@PostMapping("/profile/password")
	String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		try {
			if (newPassword.equals(repeatPassword)) {
				Person me = this.people.get(actor.personId());
				this.people.update(actor, me.id(), me.version(),
						new People.PersonChanges(null, null, null, newPassword, currentPassword));
				redirect.addFlashAttribute("notice", "Changed your password.");
				return "redirect:/profile";
			}
			errors.put("repeatPassword", "does not match the new password");
			if (!this.people.confirmsPassword(actor.personId(), currentPassword)) {
				errors.put("currentPassword", "is not your current password");
			}
		}
		catch (InvalidInputException ex) {
			ex.errors()
				.forEach((error) -> errors.putIfAbsent(
						"currentPassword".equals(error.field()) ? "currentPassword" : "newPassword", error.message()));
		}
		catch (ForbiddenException ex) {
			errors.put("currentPassword", "is not your current password");
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(429);
			errors.put("currentPassword", "was wrong too often lately; try again in "
					+ Math.max(1, ex.retryAfter().toMinutes() + 1) + " minutes");
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			return page(actor, model, refusal(errors));
		}
		response.setStatus(422);
		return page(actor, model, refusal(errors));
	}

	private static Refusal refusal(Map<String, String> errors) {
		List<FieldError> reasons = errors.entrySet()
			.stream()
			.map((e) -> new FieldError(e.getKey(), e.getValue()))
			.toList();
		return Refusal.of(PASSWORD, Map.of(), reasons);
	}

	private String page(Actor actor, Model model, Refusal refusal) {
		Person me = this.people.get(actor.personId());
		model.addAttribute("person", new Profile(me.name(), me.email(), me.role().value()));
		model.addAttribute("refusal", refusal);
		return "organization/profile";
	}

	/** The signed-in person as their profile shows them. */
	record Profile(String name, String email, String role) {
	}

}
