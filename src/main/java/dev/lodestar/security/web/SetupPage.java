package dev.lodestar.security.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.organization.People;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;

/**
 * The first run: while nobody exists, this page makes the first admin and sends them to
 * sign in. Once anyone exists it is not there any more.
 */
@Controller
class SetupPage {

	private final People people;

	private final FirstRun firstRun;

	SetupPage(People people, FirstRun firstRun) {
		this.people = people;
		this.firstRun = firstRun;
	}

	@GetMapping("/setup")
	String setup(Model model) {
		requireFirstRun();
		return page(model, Map.of(), Map.of());
	}

	@PostMapping("/setup")
	String create(@RequestParam String name, @RequestParam String email, @RequestParam String password,
			@RequestParam String repeatPassword, Model model, HttpServletResponse response) {
		requireFirstRun();
		Map<String, String> errors = new LinkedHashMap<>();
		if (!password.equals(repeatPassword)) {
			errors.put("repeatPassword", "does not match the password");
		}
		try {
			if (errors.isEmpty()) {
				this.people.registerFirstAdmin(name, email, password);
				this.firstRun.over();
				return "redirect:/sign-in?created";
			}
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
		}
		catch (ConflictException | ConcurrencyFailureException ex) {
			return "redirect:/sign-in";
		}
		response.setStatus(422);
		return page(model, Map.of("name", name, "email", email), errors);
	}

	private void requireFirstRun() {
		if (!this.firstRun.pending()) {
			throw new NotFoundException("page", "setup");
		}
	}

	private static String page(Model model, Map<String, String> typed, Map<String, String> errors) {
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "security/setup";
	}

}
