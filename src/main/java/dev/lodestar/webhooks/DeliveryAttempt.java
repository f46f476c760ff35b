package dev.lodestar.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * One try at posting a delivery: when, how long it took, and what came back — the
 * receiver's status code, or why there was none (refused connection, timeout).
 */
public record DeliveryAttempt(int number, Instant at, Integer statusCode, String error, Duration duration) {

	static final int ERROR_MAX = 500;

	public DeliveryAttempt {
		if (error != null && error.length() > ERROR_MAX) {
			error = error.substring(0, ERROR_MAX);
		}
	}

	/**
	 * A receiver takes a delivery by answering 2xx; anything else is a failed attempt.
	 */
	public boolean succeeded() {
		return this.statusCode != null && this.statusCode >= 200 && this.statusCode < 300;
	}

}
