package dev.lodestar.security.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.security.PasswordResets;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;

/**
 * The password reset pages: {@code /password-reset} asks for an email address and always
 * answers the same; {@code /password-reset/{secret}} (the link in the mail) sets a new
 * password, then signs the browser out and sends it to sign in with the new password. An
 * admin sends a person a link from the people page.
 */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	PasswordResetPages(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password-reset")
	String ask(@RequestParam Optional<String> sent, Model model) {
		model.addAttribute("sent", sent.isPresent());
		model.addAttribute("typed", "");
		model.addAttribute("errors", Map.of());
		return "security/password-reset";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (email.isBlank()) {
			response.setStatus(422);
			model.addAttribute("sent", false);
			model.addAttribute("typed", email);
			model.addAttribute("errors", Map.of("email", "is required"));
			return "security/password-reset";
		}
		this.resets.request(email, request.getRemoteAddr());
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/password-reset/{secret}")
	String link(@PathVariable String secret, Model model, HttpServletResponse response) {
		Optional<Person> person = this.resets.whoseLink(secret);
		if (person.isEmpty()) {
			return refused(response);
		}
		return choose(model, secret, person.get(), Map.of());
	}

	@PostMapping("/password-reset/{secret}")
	String use(@PathVariable String secret, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeatPassword, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Person> person = this.resets.whoseLink(secret);
		if (person.isEmpty()) {
			return refused(response);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (!password.equals(repeatPassword)) {
			errors.put("repeatPassword", "does not match the password");
		}
		try {
			if (errors.isEmpty()) {
				this.resets.use(secret, password);
				signOut(request);
				return "redirect:/sign-in?password-reset";
			}
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
		}
		catch (PasswordResets.LinkRefusedException ex) {
			return refused(response);
		}
		response.setStatus(422);
		return choose(model, secret, person.get(), errors);
	}

	@PostMapping("/admin/people/{id}/password-reset")
	String sendByAdmin(Actor actor, @PathVariable String id, @RequestParam(required = false) String q,
			RedirectAttributes redirect) {
		try {
			Person person = this.resets.sendByAdmin(actor, PersonId.fromPath(id));
			redirect.addFlashAttribute("notice", "Sent " + person.name() + " a link to choose a new password.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("notice", "No link sent: " + ex.getMessage());
		}
		// back to the same search, where the person's row is
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q.strip());
		}
		return "redirect:/admin/people";
	}

	/**
	 * Ends the browser's own session too: after a reset nobody stays signed in with what
	 * the old password opened, not even here.
	 */
	private static void signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	private static String choose(Model model, String secret, Person person, Map<String, String> errors) {
		model.addAttribute("secret", secret);
		model.addAttribute("email", person.email());
		model.addAttribute("errors", errors);
		return "security/password-reset-link";
	}

	private static String refused(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return "security/password-reset-refused";
	}

}
