package dev.lodestar.webhooks.api;

import java.time.Instant;
import java.util.List;

import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookEvent;
import dev.lodestar.webhooks.WebhookFormat;
import dev.lodestar.webhooks.WebhookId;

/**
 * A webhook as the API shows it: never its secret, except once in {@link Created}.
 */
record WebhookResource(WebhookId id, String url, List<WebhookEvent> events, WebhookFormat format, Instant createdAt,
		long version) {

	static WebhookResource of(Webhook webhook) {
		return new WebhookResource(webhook.id(), webhook.url(), webhook.eventList(), webhook.format(),
				webhook.createdAt(), webhook.version());
	}

	/** A webhook just created, with the secret that signs its deliveries. */
	record Created(WebhookId id, String url, List<WebhookEvent> events, WebhookFormat format, String secret,
			Instant createdAt, long version) {

		static Created of(Webhook webhook) {
			return new Created(webhook.id(), webhook.url(), webhook.eventList(), webhook.format(), webhook.secret(),
					webhook.createdAt(), webhook.version());
		}

	}

}
