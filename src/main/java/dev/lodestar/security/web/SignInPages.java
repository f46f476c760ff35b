package dev.lodestar.security.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.security.TypedEmail;

/**
 * The sign-in page.
 */
@Controller
class SignInPages {

	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		// after a failed sign-in the email typed stays (never the password)
		model.addAttribute("email", TypedEmail.take(request));
		return "security/sign-in";
	}

}
