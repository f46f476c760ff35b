package dev.lodestar.webhooks;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Webhook}.
 */
public record WebhookId(@JsonValue UUID value) {

	public static WebhookId random() {
		return new WebhookId(UUID.randomUUID());
	}

	public static WebhookId fromPath(String raw) {
		return new WebhookId(Ids.fromPath("webhook", raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
