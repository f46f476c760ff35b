package dev.lodestar.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTests {

	private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

	@Test
	void aWebhookNeedsAnAbsoluteHttpAddressKnownEventsAndAKnownFormat() {
		for (String url : List.of("", "hooks/lodestar", "ftp://example.com/x", "mailto:ops@example.com", "http://")) {
			assertThat(fields(() -> Webhook.create(url, List.of("checkin.recorded"), "json", NOW))).as(url)
				.containsExactly("url");
		}
		assertThat(fields(() -> Webhook.create("https://example.com/x", List.of(), "json", NOW)))
			.containsExactly("events");
		assertThat(fields(() -> Webhook.create("https://example.com/x", List.of("checkin.deleted"), "json", NOW)))
			.containsExactly("events");
		assertThat(fields(() -> Webhook.create("https://example.com/x", List.of("checkin.recorded"), "xml", NOW)))
			.containsExactly("format");
		assertThat(fields(() -> Webhook.create(null, null, null, NOW))).containsExactly("url", "events", "format");
	}

	@Test
	void aNewWebhookGetsASecretOfItsOwn() {
		Webhook one = Webhook.create("https://example.com/x", List.of("checkin.recorded"), "slack", NOW);
		Webhook other = Webhook.create("https://example.com/x", List.of("checkin.recorded"), "slack", NOW);
		assertThat(one.secret()).hasSizeGreaterThan(40).isNotEqualTo(other.secret());
		assertThat(one.toString()).doesNotContain(one.secret());
	}

	@Test
	void theSignatureIsTheHexHmacSha256OfTheBodyWithTheSecret() throws Exception {
		Webhook webhook = new Webhook(WebhookId.random(), "https://example.com/x",
				java.util.Set.of(WebhookEvent.CHECKIN_RECORDED), WebhookFormat.JSON, "key", NOW, 0);
		byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
		assertThat(webhook.sign(body))
			.isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
		assertThat(Signatures.valid("key", body, webhook.sign(body))).isTrue();
	}

	@Test
	void onlyAFallFromOnTrackOrNoConfidenceIntoAtRiskOrOffTrackIsNews() {
		assertThat(CheckInNotices.fellAtRisk(8, 5)).isTrue();
		assertThat(CheckInNotices.fellAtRisk(7, 2)).isTrue();
		assertThat(CheckInNotices.fellAtRisk(null, 4)).isTrue();
		assertThat(CheckInNotices.fellAtRisk(5, 3)).isFalse();
		assertThat(CheckInNotices.fellAtRisk(5, 5)).isFalse();
		assertThat(CheckInNotices.fellAtRisk(3, 8)).isFalse();
		assertThat(CheckInNotices.fellAtRisk(9, 7)).isFalse();
	}

	@Test
	void failedAttemptsAreRetriedAfterADoublingDelayUntilTheyRunOut() {
		Delivery.RetryPolicy policy = new Delivery.RetryPolicy(3, Duration.ofSeconds(30));
		Delivery delivery = Delivery.pending(WebhookId.random(), WebhookEvent.CHECKIN_RECORDED, "{}", NOW);
		Delivery first = delivery.after(attempt(1, 500), policy, NOW);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		Delivery second = first.after(attempt(2, null), policy, NOW);
		assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(second.lastError()).isEqualTo("no answer");
		Delivery third = second.after(attempt(3, 503), policy, NOW);
		assertThat(third.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(third.attempts()).isEqualTo(3);
		assertThat(third.nextAttemptAt()).isNull();
		Delivery delivered = first.after(attempt(2, 204), policy, NOW);
		assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(delivered.deliveredAt()).isEqualTo(NOW);
	}

	private static DeliveryAttempt attempt(int number, Integer status) {
		return new DeliveryAttempt(number, NOW, status, (status == null) ? "no answer" : null, Duration.ofMillis(5));
	}

	private static List<String> fields(Runnable creation) {
		try {
			creation.run();
		}
		catch (InvalidInputException refused) {
			return refused.errors().stream().map(dev.lodestar.shared.FieldError::field).toList();
		}
		throw new AssertionError("The webhook was not refused");
	}

}
