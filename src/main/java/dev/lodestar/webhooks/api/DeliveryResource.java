package dev.lodestar.webhooks.api;

import java.time.Instant;
import java.util.List;

import dev.lodestar.webhooks.Delivery;
import dev.lodestar.webhooks.DeliveryAttempt;
import dev.lodestar.webhooks.DeliveryHistory;
import dev.lodestar.webhooks.DeliveryId;
import dev.lodestar.webhooks.DeliveryStatus;
import dev.lodestar.webhooks.WebhookEvent;

/**
 * One delivery in a webhook's log: its status, how many attempts were made, how the last
 * one went, and each attempt in {@code attemptLog}.
 */
record DeliveryResource(DeliveryId id, WebhookEvent event, DeliveryStatus status, int attempts, Integer lastStatusCode,
		String lastError, Instant createdAt, Instant deliveredAt, Instant nextAttemptAt,
		List<AttemptResource> attemptLog) {

	static DeliveryResource of(DeliveryHistory history) {
		Delivery delivery = history.delivery();
		return new DeliveryResource(delivery.id(), delivery.event(), delivery.status(), delivery.attempts(),
				delivery.lastStatusCode(), delivery.lastError(), delivery.createdAt(), delivery.deliveredAt(),
				delivery.nextAttemptAt(), history.attempts().stream().map(AttemptResource::of).toList());
	}

	/**
	 * One attempt: when, what came back (a status code, or the error), how long it took.
	 */
	record AttemptResource(int number, Instant at, Integer statusCode, String error, long durationMs) {

		static AttemptResource of(DeliveryAttempt attempt) {
			return new AttemptResource(attempt.number(), attempt.at(), attempt.statusCode(), attempt.error(),
					attempt.duration().toMillis());
		}

	}

}
