package dev.lodestar.security;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API token may do: only read, or read and write.
 */
public enum TokenScope {

	/**
	 * {@code GET}, {@code HEAD} and {@code OPTIONS} calls only; any other answers 403.
	 */
	READ,

	/** Everything the person may do. */
	WRITE;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a token of this scope may make a call with this HTTP method. */
	boolean allows(String method) {
		return this == WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
