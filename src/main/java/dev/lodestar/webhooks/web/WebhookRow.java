package dev.lodestar.webhooks.web;

import java.time.Instant;
import java.util.List;

import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookEvent;

/**
 * A webhook as the admin page lists it, without its secret.
 */
record WebhookRow(String id, String url, List<String> events, String format, Instant createdAt, long version) {

	static WebhookRow of(Webhook webhook) {
		return new WebhookRow(webhook.id().toString(), webhook.url(),
				webhook.eventList().stream().map(WebhookEvent::value).toList(), webhook.format().value(),
				webhook.createdAt(), webhook.version());
	}

}
