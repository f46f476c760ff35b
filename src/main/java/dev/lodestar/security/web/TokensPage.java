package dev.lodestar.security.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.security.ApiToken;
import dev.lodestar.security.ApiTokenId;
import dev.lodestar.security.ApiTokens;
import dev.lodestar.shared.InvalidInputException;

/**
 * One's personal API tokens: the list, a form for a new one (whose secret this page shows
 * once, and never again), and revoking one.
 */
@Controller
class TokensPage {

	private final ApiTokens tokens;

	TokensPage(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/profile/tokens")
	String tokens(Actor actor, Model model) {
		return page(actor, model, "", Map.of(), null);
	}

	@PostMapping("/profile/tokens")
	String create(Actor actor, @RequestParam(defaultValue = "") String name, Model model,
			HttpServletResponse response) {
		try {
			ApiToken.Issued issued = this.tokens.issue(actor.personId(), name);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return page(actor, model, "", Map.of(), new Issued(issued.token().name(), issued.secret()));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
			response.setStatus(422);
			return page(actor, model, name, errors, null);
		}
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, ApiTokenId.fromPath(id));
		redirect.addFlashAttribute("notice", "Revoked the token; it no longer works.");
		return "redirect:/profile/tokens";
	}

	private String page(Actor actor, Model model, String name, Map<String, String> errors, Issued issued) {
		model.addAttribute("rows",
				this.tokens.of(actor.personId())
					.stream()
					.map((token) -> new Row(token.id().toString(), token.name(), token.createdAt()))
					.toList());
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		model.addAttribute("issued", issued);
		return "security/tokens";
	}

	/** A token as the list shows it: never its secret. */
	record Row(String id, String name, Instant createdAt) {
	}

	/** A token just created, with the secret shown this once. */
	record Issued(String name, String secret) {
	}

}
