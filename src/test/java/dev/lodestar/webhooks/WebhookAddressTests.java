package dev.lodestar.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings a webhook cannot reach inside Lodestar's network: a receiver
 * whose name resolved outside when it was saved but resolves to loopback now gets
 * nothing, and the delivery log says why.
 */
class WebhookAddressTests extends ApiTest {

	@Autowired
	WebhookStore webhooks;

	private Webhook saved;

	@AfterEach
	void removeWebhook() {
		if (this.saved != null) {
			this.admin.delete("/api/v1/webhooks/" + this.saved.id());
		}
	}

	@Test
	void aDeliveryToANameThatNowResolvesInsideIsRecordedFailedAndNotSent() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			// As if saved while "localhost" resolved outside: stored without the check
			this.saved = Webhook.create(receiver.url(), List.of("checkin.recorded"), "json", Instant.now());
			this.webhooks.insert(this.saved);
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			Reply checkIn = owner.api()
				.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 8));
			assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);

			JsonNode delivery = settledDelivery(this.saved.id().toString());
			assertThat(delivery.get("status").asString()).isEqualTo("failed");
			assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
			assertThat(delivery.get("lastStatusCode").isNull()).isTrue();
			assertThat(delivery.get("lastError").asString()).startsWith("not sent: ")
				.contains("localhost resolves to 127.0.0.1")
				.contains("loopback")
				.contains("lodestar.webhooks.allow-private-addresses");
			assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
			assertThat(receiver.received()).isEmpty();
		}
	}

	private JsonNode settledDelivery(String webhookId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode log = this.admin.get("/api/v1/webhooks/" + webhookId + "/deliveries").json();
			if (log.get("total").asInt() == 1 && !log.get("items").get(0).get("status").asString().equals("pending")) {
				return log.get("items").get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The delivery to " + webhookId + " did not settle");
	}

}
