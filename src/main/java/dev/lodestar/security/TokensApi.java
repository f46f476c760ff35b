package dev.lodestar.security;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/tokens}: a person's API tokens. Creating one takes HTTP Basic (email and
 * password), never an existing token; the token is in the answer once and never again. A
 * token has a scope ({@code read} or {@code write}, the default) and may expire.
 */
@RestController
class TokensApi {

	private final ApiTokens tokens;

	TokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@ApiCreated
	@Operation(summary = "Create a token (HTTP Basic only; a bearer token gets 403)",
			security = @SecurityRequirement(name = "basic"))
	@PostMapping("/api/v1/tokens")
	ResponseEntity<IssuedToken> create(Actor actor, @RequestBody(required = false) NewTokenRequest body) {
		if (body == null) {
			throw InvalidInputException.of("name", "is required");
		}
		ApiToken.Issued issued = this.tokens.issue(actor.personId(), body.name(), body.scope(), body.expiresAt());
		ApiToken token = issued.token();
		return Created.at("/api/v1/tokens/{id}", token.id().toString())
			.body(new IssuedToken(token.id(), token.name(), issued.secret(), token.createdAt(), token.scope(),
					token.expiresAt()));
	}

	@Operation(summary = "The caller's tokens, with their scope and expiry, never their secrets")
	@GetMapping("/api/v1/tokens")
	ApiListing<TokenSummary> list(Actor actor) {
		var mine = this.tokens.of(actor.personId())
			.stream()
			.map((token) -> new TokenSummary(token.id(), token.name(), token.createdAt(), token.scope(),
					token.expiresAt()))
			.toList();
		return new ApiListing<>(mine, mine.size());
	}

	@Operation(summary = "Revoke a token: one's own, or anyone's for an admin")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@DeleteMapping("/api/v1/tokens/{id}")
	ResponseEntity<Void> revoke(Actor actor, @PathVariable String id) {
		this.tokens.revoke(actor, ApiTokenId.fromPath(id));
		return ResponseEntity.noContent().build();
	}

	record NewTokenRequest(String name, TokenScope scope, Instant expiresAt) {
	}

	record IssuedToken(ApiTokenId id, String name, String token, Instant createdAt, TokenScope scope,
			Instant expiresAt) {
	}

	record TokenSummary(ApiTokenId id, String name, Instant createdAt, TokenScope scope, Instant expiresAt) {
	}

}
