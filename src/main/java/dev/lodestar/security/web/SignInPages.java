package dev.lodestar.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page.
 */
@Controller
class SignInPages {

	@GetMapping("/sign-in")
	String signIn() {
		return "security/sign-in";
	}

}
