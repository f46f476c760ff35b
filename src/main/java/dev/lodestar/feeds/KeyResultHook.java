package dev.lodestar.feeds;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import dev.lodestar.objectives.KeyResultId;

/**
 * A key result's inbound hook: an opaque id for its address and the secret that signs
 * every call. Renewing it gives a new secret at the same address; the old one stops
 * working at once.
 */
record KeyResultHook(UUID id, KeyResultId keyResultId, String secret, Instant createdAt, Instant renewedAt) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int SECRET_BYTES = 32;

	static KeyResultHook create(KeyResultId keyResultId, Instant now) {
		return new KeyResultHook(UUID.randomUUID(), keyResultId, newSecret(), now, now);
	}

	KeyResultHook renewed(Instant now) {
		return new KeyResultHook(this.id, this.keyResultId, newSecret(), this.createdAt, now);
	}

	/**
	 * Whether a call's body carries this hook's signature.
	 */
	boolean signs(byte[] body, String signature) {
		return HookSignature.matches(this.secret, body, signature);
	}

	private static String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		RANDOM.nextBytes(bytes);
		return "lsh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
