package dev.lodestar.webhooks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The shape of the messages a webhook receives: Lodestar's own JSON, a Slack incoming
 * webhook message, or a Microsoft Teams message with an Adaptive Card.
 */
public enum WebhookFormat {

	/** {@code {"event", "occurredAt", "data": {...}}}. */
	JSON {
		@Override
		Map<String, Object> render(Notice notice) {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("event", notice.event().value());
			message.put("occurredAt", notice.occurredAt().toString());
			message.put("data", notice.data());
			return message;
		}
	},

	/** {@code {"text", "blocks": [...]}}, for a Slack incoming webhook. */
	SLACK {
		@Override
		Map<String, Object> render(Notice notice) {
			String sentence = slackEscaped(notice.sentence());
			String facts = notice.facts()
				.entrySet()
				.stream()
				.map((fact) -> "*" + slackEscaped(fact.getKey()) + ":* " + slackEscaped(fact.getValue()))
				.collect(Collectors.joining("  ·  "));
			List<Object> blocks = List.of(
					Map.of("type", "section", "text",
							Map.of("type", "mrkdwn", "text",
									sentence + "\n<" + notice.link() + "|" + slackEscaped(notice.linkLabel()) + ">")),
					Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", facts))));
			return Map.of("text", sentence + " " + notice.link(), "blocks", blocks);
		}
	},

	/** {@code {"type": "message", "attachments": [an Adaptive Card]}}, for Teams. */
	TEAMS {
		@Override
		Map<String, Object> render(Notice notice) {
			List<Object> facts = notice.facts()
				.entrySet()
				.stream()
				.<Object>map((fact) -> Map.of("title", fact.getKey(), "value", fact.getValue()))
				.toList();
			Map<String, Object> card = new LinkedHashMap<>();
			card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
			card.put("type", "AdaptiveCard");
			card.put("version", "1.4");
			card.put("body",
					List.of(Map.of("type", "TextBlock", "text", notice.headline(), "weight", "Bolder", "size", "Medium",
							"wrap", true), Map.of("type", "TextBlock", "text", notice.sentence(), "wrap", true),
							Map.of("type", "FactSet", "facts", facts)));
			card.put("actions",
					List.of(Map.of("type", "Action.OpenUrl", "title", notice.linkLabel(), "url", notice.link())));
			return Map.of("type", "message", "attachments",
					List.of(Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
		}
	};

	/**
	 * The message for one event, as a tree of maps and lists ready to be written as JSON.
	 */
	abstract Map<String, Object> render(Notice notice);

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<WebhookFormat> of(String value) {
		return Arrays.stream(values()).filter((format) -> format.value().equals(value)).findFirst();
	}

	private static String slackEscaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
