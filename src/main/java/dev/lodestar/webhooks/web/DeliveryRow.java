package dev.lodestar.webhooks.web;

import java.util.List;

import dev.lodestar.webhooks.Delivery;
import dev.lodestar.webhooks.DeliveryAttempt;
import dev.lodestar.webhooks.DeliveryHistory;

/**
 * One line of a webhook's delivery log, with its attempts.
 */
record DeliveryRow(String id, String event, String status, int attempts, String lastResult, Moment createdAt,
		Moment deliveredAt, Moment nextAttemptAt, List<AttemptRow> attemptRows) {

	static DeliveryRow of(DeliveryHistory history) {
		Delivery delivery = history.delivery();
		return new DeliveryRow(delivery.id().toString(), delivery.event().value(), delivery.status().value(),
				delivery.attempts(), outcome(delivery.lastStatusCode(), delivery.lastError()),
				Moment.of(delivery.createdAt()), Moment.of(delivery.deliveredAt()), Moment.of(delivery.nextAttemptAt()),
				history.attempts().stream().map(AttemptRow::of).toList());
	}

	private static String outcome(Integer statusCode, String error) {
		if (statusCode != null) {
			return "HTTP " + statusCode;
		}
		return (error != null) ? error : "not tried yet";
	}

	/** One attempt: when, what came back, how long it took. */
	record AttemptRow(int number, Moment at, String result, long durationMs) {

		static AttemptRow of(DeliveryAttempt attempt) {
			return new AttemptRow(attempt.number(), Moment.of(attempt.at()),
					outcome(attempt.statusCode(), attempt.error()), attempt.duration().toMillis());
		}

	}

}
