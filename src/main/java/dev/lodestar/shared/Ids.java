package dev.lodestar.shared;

import java.util.UUID;

/**
 * Parses the opaque ids clients send. An id that cannot be one of ours simply names
 * nothing.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * An id from a URL path: one that does not parse is an unknown id (404).
	 */
	public static UUID fromPath(String what, String raw) {
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(what, raw);
		}
	}

	/**
	 * An id from a request body: one that does not parse is invalid input for that field
	 * (400).
	 */
	public static UUID fromField(String field, String raw) {
		if (raw == null) {
			throw InvalidInputException.of(field, "is not a known id");
		}
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, "is not a known id");
		}
	}

}
