package dev.lodestar.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.InvalidInputException;

/**
 * {@code /api/v1/password-resets}: anyone asks for a reset link for an email address (the
 * answer is a 202 whatever the address); an admin sends one to a person with
 * {@code /api/v1/people/{id}/password-reset}. The link itself is used on its page.
 */
@RestController
class PasswordResetsApi {

	private final PasswordResets resets;

	PasswordResetsApi(PasswordResets resets) {
		this.resets = resets;
	}

	@Operation(summary = "Ask for a password reset link (no credentials needed)",
			description = "Answers 202 whatever the address, so that nobody learns who has an account. An active "
					+ "person with the address gets a link, valid for an hour and once, unless the address was "
					+ "asked for too often lately (then nothing more is sent, and the answer is still 202).")
	@SecurityRequirements
	@ApiResponse(responseCode = "202", description = "Accepted: a link is mailed if an active person has the address")
	@ApiResponse(responseCode = "400", description = "No JSON body, or no email in it")
	@ApiResponse(responseCode = "429", description = "Too many requests from this client lately")
	@PostMapping("/api/v1/password-resets")
	ResponseEntity<Void> request(@RequestBody(required = false) ResetRequest body, HttpServletRequest request) {
		if (body == null || body.email() == null || body.email().isBlank()) {
			throw InvalidInputException.of("email", "is required");
		}
		this.resets.request(body.email(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@Operation(summary = "Send a person a password reset link (admin)")
	@ApiResponse(responseCode = "202", description = "Accepted: the link is mailed")
	@ApiResponse(responseCode = "409", description = "The person is not active (invited or deactivated)")
	@PostMapping("/api/v1/people/{id}/password-reset")
	ResponseEntity<Void> sendByAdmin(Actor actor, @PathVariable String id) {
		this.resets.sendByAdmin(actor, PersonId.fromPath(id));
		return ResponseEntity.accepted().build();
	}

	record ResetRequest(String email) {
	}

}
