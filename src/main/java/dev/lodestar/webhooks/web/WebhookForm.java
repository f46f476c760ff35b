package dev.lodestar.webhooks.web;

import java.util.List;

/**
 * What was typed into the form for a new webhook, kept when it is refused.
 */
record WebhookForm(String url, List<String> events, String format) {

	WebhookForm {
		url = (url != null) ? url : "";
		events = (events != null) ? List.copyOf(events) : List.of();
		format = (format != null) ? format : "json";
	}

	static WebhookForm empty() {
		return new WebhookForm("", List.of(), "json");
	}

	public boolean checked(String event) {
		return this.events.contains(event);
	}

}
