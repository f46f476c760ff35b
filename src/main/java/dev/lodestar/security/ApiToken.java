package dev.lodestar.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.data.annotation.Id;

import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.FieldErrors;

/**
 * A personal API token: a named credential that acts for one person, with a scope (read,
 * or read and write) and, if it was given one, a moment from which it no longer works.
 * The token itself is shown once, when it is created; only its SHA-256 hash is kept,
 * which is enough because a token is 256 random bits.
 */
public record ApiToken(@Id ApiTokenId id, PersonId personId, String name, String tokenHash, Instant createdAt,
		TokenScope scope, Instant expiresAt) {

	static final String PREFIX = "lst_";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new token for a person: the stored record and the secret to hand over once.
	 */
	static Issued issue(PersonId personId, String name, TokenScope scope, Instant expiresAt, Instant now) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			errors.add("expiresAt", "must be in the future");
		}
		errors.throwIfAny();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new Issued(new ApiToken(ApiTokenId.random(), personId, clean, hash(token), now,
				(scope != null) ? scope : TokenScope.WRITE, expiresAt), token);
	}

	/** Whether the token no longer works at this moment. */
	public boolean expiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A token just issued, with its secret.
	 */
	public record Issued(ApiToken token, String secret) {
	}

}
