package dev.lodestar.shared;

import java.time.Duration;

/**
 * Too many failed password attempts lately: the next one is held back for a while.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttemptsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** How long to wait before trying again; at least a second. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** The wait in whole seconds, at least one, for a {@code Retry-After} header. */
	public long retryAfterSeconds() {
		return Math.max(1, this.retryAfter.toSeconds());
	}

}
