package dev.lodestar.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * One event on its way to one webhook: the message exactly as it is posted (and signed),
 * and how its attempts went. It stays pending until the receiver takes it or the attempts
 * run out.
 */
public record Delivery(DeliveryId id, WebhookId webhookId, WebhookEvent event, String body, DeliveryStatus status,
		int attempts, Integer lastStatusCode, String lastError, Instant createdAt, Instant deliveredAt,
		Instant nextAttemptAt) {

	static Delivery pending(WebhookId webhookId, WebhookEvent event, String body, Instant now) {
		return new Delivery(DeliveryId.random(), webhookId, event, body, DeliveryStatus.PENDING, 0, null, null, now,
				null, now);
	}

	/**
	 * The delivery after an attempt that ended at {@code now}: delivered on a 2xx, else
	 * pending until the next attempt the policy allows, else failed.
	 */
	Delivery after(DeliveryAttempt attempt, RetryPolicy policy, Instant now) {
		int made = this.attempts + 1;
		if (attempt.succeeded()) {
			return with(DeliveryStatus.DELIVERED, made, attempt, now, null);
		}
		if (made >= policy.maxAttempts()) {
			return with(DeliveryStatus.FAILED, made, attempt, null, null);
		}
		return with(DeliveryStatus.PENDING, made, attempt, null, now.plus(policy.delayAfter(made)));
	}

	/**
	 * The delivery after an attempt that was not sent because its receiver's address is
	 * refused: failed at once, as another attempt would be refused for the same reason.
	 */
	Delivery refused(DeliveryAttempt attempt) {
		return with(DeliveryStatus.FAILED, this.attempts + 1, attempt, null, null);
	}

	private Delivery with(DeliveryStatus status, int made, DeliveryAttempt attempt, Instant deliveredAt,
			Instant nextAttemptAt) {
		return new Delivery(this.id, this.webhookId, this.event, this.body, status, made, attempt.statusCode(),
				attempt.error(), this.createdAt, deliveredAt, nextAttemptAt);
	}

	/**
	 * How often and how soon a failed delivery is tried again: the first retry after
	 * {@code firstDelay}, each later one after twice the delay before, at most
	 * {@code maxAttempts} attempts in all.
	 */
	record RetryPolicy(int maxAttempts, Duration firstDelay) {

		RetryPolicy {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("A delivery needs at least one attempt");
			}
		}

		Duration delayAfter(int failedAttempts) {
			return this.firstDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
		}

	}

}
