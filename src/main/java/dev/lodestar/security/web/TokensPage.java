package dev.lodestar.security.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import dev.lodestar.security.TokenScope;
import dev.lodestar.shared.InvalidInputException;

/**
 * One's personal API tokens: the list with each one's scope and expiry, a form for a new
 * one (whose secret this page shows once, and never again), and revoking one. A token
 * given a last day works until the end of that day, UTC.
 */
@Controller
class TokensPage {

	private final ApiTokens tokens;

	TokensPage(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/profile/tokens")
	String tokens(Actor actor, Model model) {
		return page(actor, model, new Typed("", "write", ""), Map.of(), null);
	}

	@PostMapping("/profile/tokens")
	String create(Actor actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "write") String scope, @RequestParam(defaultValue = "") String expiresOn,
			Model model, HttpServletResponse response) {
		Typed typed = new Typed(name, scope, expiresOn);
		Map<String, String> errors = new LinkedHashMap<>();
		TokenScope chosen = "read".equals(scope) ? TokenScope.READ : TokenScope.WRITE;
		Instant expiresAt = null;
		if (!expiresOn.isBlank()) {
			try {
				expiresAt = LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeException ex) {
				errors.put("expiresOn", "must be a date written as YYYY-MM-DD");
			}
		}
		try {
			if (errors.isEmpty()) {
				ApiToken.Issued issued = this.tokens.issue(actor.personId(), name, chosen, expiresAt);
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				return page(actor, model, new Typed("", "write", ""), Map.of(),
						new Issued(issued.token().name(), issued.secret()));
			}
		}
		catch (InvalidInputException ex) {
			ex.errors()
				.forEach((error) -> errors.putIfAbsent("expiresAt".equals(error.field()) ? "expiresOn" : error.field(),
						error.message()));
		}
		response.setStatus(422);
		return page(actor, model, typed, errors, null);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, ApiTokenId.fromPath(id));
		redirect.addFlashAttribute("notice", "Revoked the token; it no longer works.");
		return "redirect:/profile/tokens";
	}

	private String page(Actor actor, Model model, Typed typed, Map<String, String> errors, Issued issued) {
		model.addAttribute("rows",
				this.tokens.of(actor.personId())
					.stream()
					.map((token) -> new Row(token.id().toString(), token.name(), token.createdAt(),
							token.scope() == TokenScope.READ, token.expiresAt(), this.tokens.expired(token)))
					.toList());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("issued", issued);
		return "security/tokens";
	}

	/**
	 * A token as the list shows it: never its secret. {@code expiresAt} is the first
	 * moment it no longer works.
	 */
	record Row(String id, String name, Instant createdAt, boolean readOnly, Instant expiresAt, boolean expired) {

		/** The last day the token works, in UTC. */
		public LocalDate lastDay() {
			return (this.expiresAt != null) ? LocalDate.ofInstant(this.expiresAt.minusNanos(1), ZoneOffset.UTC) : null;
		}

	}

	/** What the form had in it. */
	record Typed(String name, String scope, String expiresOn) {
	}

	/** A token just created, with the secret shown this once. */
	record Issued(String name, String secret) {
	}

}
