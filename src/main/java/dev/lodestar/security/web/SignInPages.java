package dev.lodestar.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;

/**
 * The sign-in page, and the page a person lands on once signed in.
 */
@Controller
class SignInPages {

	private final People people;

	SignInPages(People people) {
		this.people = people;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "security/sign-in";
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("person", this.people.get(actor.personId()));
		return "security/home";
	}

}
