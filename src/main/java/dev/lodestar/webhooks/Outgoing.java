package dev.lodestar.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dev.lodestar.jobs.Jobs;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into deliveries: one per subscribed webhook, in its format, stored with a
 * job that posts it. Both are part of the transaction of the event's cause, so a change
 * that is rolled back sends nothing and a restart loses nothing.
 */
@Component
class Outgoing {

	private final WebhookStore webhooks;

	private final DeliveryStore deliveries;

	private final Jobs jobs;

	private final JsonMapper json;

	private final Clock clock;

	Outgoing(WebhookStore webhooks, DeliveryStore deliveries, Jobs jobs, JsonMapper json, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.jobs = jobs;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Delivers some events to the webhooks that subscribe to them; a notice is only made
	 * for an event someone listens to.
	 */
	void send(Set<WebhookEvent> events, Function<WebhookEvent, Notice> notices) {
		List<Webhook> all = this.webhooks.all();
		for (WebhookEvent event : events) {
			List<Webhook> subscribed = all.stream().filter((webhook) -> webhook.subscribesTo(event)).toList();
			if (!subscribed.isEmpty()) {
				Notice notice = notices.apply(event);
				subscribed.forEach((webhook) -> enqueue(webhook, notice));
			}
		}
	}

	private void enqueue(Webhook webhook, Notice notice) {
		String body = this.json.writeValueAsString(webhook.format().render(notice));
		Delivery delivery = Delivery.pending(webhook.id(), notice.event(), body, this.clock.instant());
		this.deliveries.insert(delivery);
		this.jobs.schedule(DeliveryJob.attempt(delivery.id(), 1), delivery.nextAttemptAt());
	}

}
