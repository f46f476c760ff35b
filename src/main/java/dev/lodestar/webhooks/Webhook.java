package dev.lodestar.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.lodestar.shared.FieldErrors;

/**
 * A receiver of Lodestar's events: where to post them, which events, in which message
 * format, and the secret that signs each delivery. The secret is shown to the admin once,
 * when the webhook is created, and kept to sign with.
 */
public record Webhook(WebhookId id, String url, Set<WebhookEvent> events, WebhookFormat format, String secret,
		Instant createdAt, long version) {

	static final int URL_MAX = 2000;

	private static final SecureRandom RANDOM = new SecureRandom();

	public Webhook {
		events = Set.copyOf(events);
	}

	/**
	 * A new webhook. The URL must be absolute {@code http} or {@code https}; at least one
	 * known event; a known format. Every broken rule names its field.
	 */
	public static Webhook create(String url, List<String> events, String format, Instant now) {
		FieldErrors errors = new FieldErrors();
		String cleanUrl = url(errors, url);
		Set<WebhookEvent> cleanEvents = events(errors, events);
		WebhookFormat cleanFormat = format(errors, format);
		errors.throwIfAny();
		return new Webhook(WebhookId.random(), cleanUrl, cleanEvents, cleanFormat, newSecret(), now, 0);
	}

	public boolean subscribesTo(WebhookEvent event) {
		return this.events.contains(event);
	}

	/** The events in a stable order: the order {@link WebhookEvent} lists them in. */
	public List<WebhookEvent> eventList() {
		return EnumSet.copyOf(this.events).stream().toList();
	}

	/**
	 * The value of {@code X-Lodestar-Signature} for a body: {@code sha256=} and the hex
	 * HMAC-SHA256 of the raw bytes, keyed with the secret's UTF-8 bytes.
	 */
	public String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HMAC-SHA256", ex);
		}
	}

	@Override
	public String toString() {
		return "Webhook[" + this.id + " " + this.url + " " + this.events + " " + this.format + "]";
	}

	private static String url(FieldErrors errors, String url) {
		String clean = (url != null) ? url.strip() : "";
		if (clean.isEmpty()) {
			errors.add("url", "is required");
			return clean;
		}
		if (clean.length() > URL_MAX) {
			errors.add("url", "must be at most " + URL_MAX + " characters");
			return clean;
		}
		try {
			URI uri = new URI(clean);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				errors.add("url", "must be an absolute http or https address, like https://example.com/hooks");
			}
		}
		catch (URISyntaxException ex) {
			errors.add("url", "is not a valid address");
		}
		return clean;
	}

	private static Set<WebhookEvent> events(FieldErrors errors, List<String> events) {
		if (events == null || events.isEmpty()) {
			errors.add("events", "must name at least one event");
			return Set.of();
		}
		List<String> unknown = events.stream().filter((event) -> WebhookEvent.of(event).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			errors.add("events", "does not know " + String.join(", ", unknown) + "; known events are " + known());
			return Set.of();
		}
		return events.stream().map((event) -> WebhookEvent.of(event).orElseThrow()).collect(Collectors.toSet());
	}

	private static WebhookFormat format(FieldErrors errors, String format) {
		if (format == null || format.isBlank()) {
			errors.add("format", "is required: json, slack or teams");
			return null;
		}
		return WebhookFormat.of(format).orElseGet(() -> {
			errors.add("format", "must be json, slack or teams");
			return null;
		});
	}

	private static String known() {
		return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::value).collect(Collectors.joining(", "));
	}

	private static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return "lsw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
