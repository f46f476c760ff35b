package dev.lodestar.webhooks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event told to the webhooks, before it takes a message format: what happened in one
 * sentence, the page to open, a few facts for a chat card, and the objects involved for
 * machines.
 *
 * @param headline a short title for cards
 * @param sentence what happened, readable on its own
 * @param link the absolute address of the page that shows it
 * @param linkLabel what the link opens
 * @param facts label and value pairs for a chat card, in order
 * @param data the objects involved, with ids, titles, values and links
 */
record Notice(WebhookEvent event, Instant occurredAt, String headline, String sentence, String link, String linkLabel,
		Map<String, String> facts, Map<String, Object> data) {

	Notice {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

}
