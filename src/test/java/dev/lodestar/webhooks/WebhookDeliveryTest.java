package dev.lodestar.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.QueryCounter;
import dev.lodestar.testing.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests that watch deliveries arrive: the application as in
 * {@link ApiTest}, on a database of its own (so that no other test context's jobs run its
 * deliveries), with a receiver timeout of one second and retries 200 ms apart, doubling,
 * three attempts in all. Receivers listen on this machine, so private addresses are
 * allowed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:webhook-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms",
				"lodestar.webhooks.timeout=1s", "lodestar.webhooks.retry-delay=200ms",
				"lodestar.webhooks.max-attempts=3", "lodestar.base-url=https://okr.example.com",
				"lodestar.webhooks.allow-private-addresses=true" })
@Import(QueryCounter.Counting.class)
abstract class WebhookDeliveryTest extends ApiTest {

	static final String BASE_URL = "https://okr.example.com";

	@AfterEach
	void removeWebhooks() {
		this.admin.get("/api/v1/webhooks")
			.json()
			.get("items")
			.valueStream()
			.forEach((webhook) -> this.admin.delete("/api/v1/webhooks/" + webhook.get("id").asString()));
	}

	/** A webhook for a receiver; answers the 201's body. */
	JsonNode webhook(Receiver receiver, String format, String... events) {
		Reply reply = this.admin.post("/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of(events), "format", format));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json();
	}

	Reply checkIn(Person owner, String keyResult, int value, int confidence) {
		return owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", value, "confidence", confidence, "note", "Week " + value));
	}

	/**
	 * The delivery log of a webhook once it satisfies a condition, waiting up to 15 s.
	 */
	JsonNode deliveriesOnce(String webhookId, Predicate<JsonNode> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		JsonNode log = deliveries(webhookId);
		while (!condition.test(log) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			log = deliveries(webhookId);
		}
		assertThat(condition.test(log)).as(log.toString()).isTrue();
		return log;
	}

	JsonNode deliveries(String webhookId) {
		Reply reply = this.admin.get("/api/v1/webhooks/" + webhookId + "/deliveries");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	static boolean settled(JsonNode log, int deliveries) {
		return log.get("total").asInt() == deliveries && log.get("items")
			.valueStream()
			.noneMatch((delivery) -> delivery.get("status").asString().equals("pending"));
	}

}
