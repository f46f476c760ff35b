package dev.lodestar.invitations;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.InvalidInputException;

/**
 * Where an invitation stands. Only pending, accepted and revoked are stored; an
 * invitation is expired when it is still pending after its link's seven days.
 */
public enum InvitationStatus {

	/** Mailed, its link works. */
	PENDING,

	/** The person set their password through it and is active. */
	ACCEPTED,

	/** Still pending, but its link's time is up: it can be resent. */
	EXPIRED,

	/** Withdrawn by an admin or champion, or replaced by a newer invitation. */
	REVOKED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status a query names, {@code null} for none; anything else is a 400 naming the
	 * parameter.
	 */
	public static InvitationStatus fromQuery(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return Arrays.stream(values())
			.filter((status) -> status.value().equals(raw.strip()))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of(field, "must be pending, accepted, expired or revoked"));
	}

}
