package dev.lodestar.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks page and a webhook's delivery log run as many SQL statements with many
 * webhooks and deliveries as with a few (on the context of {@link WebhookDeliveryTest},
 * whose receivers may be on this machine).
 */
class WebhookPagesQueryCountTests extends WebhookDeliveryTest {

	private Receiver receiver;

	@AfterEach
	void removeWebhooks() {
		this.admin.get("/api/v1/webhooks")
			.json()
			.get("items")
			.valueStream()
			.forEach((webhook) -> this.admin.delete("/api/v1/webhooks/" + webhook.get("id").asString()));
		this.receiver.close();
	}

	@Test
	void theDeliveryLogDoesNotRunMoreStatementsForMoreDeliveries() throws Exception {
		this.receiver = Receiver.answering(204);
		String few = webhook("keyresult.at-risk");
		String many = webhook("checkin.recorded");
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		checkIn(owner, keyResult, 5);
		for (int i = 0; i < 10; i++) {
			checkIn(owner, keyResult, 8);
		}
		awaitDelivered(few, 1);
		awaitDelivered(many, 11);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		long forFew = statements(browser, "/admin/webhooks/" + few);
		long forMany = statements(browser, "/admin/webhooks/" + many);
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(18); // the menu: up to three statements for the
											// reviews waiting
	}

	@Test
	void theWebhooksPageDoesNotRunMoreStatementsForMoreWebhooks() throws Exception {
		this.receiver = Receiver.answering(204);
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		webhook("checkin.recorded");
		long forOne = statements(browser, "/admin/webhooks");
		for (int i = 0; i < 5; i++) {
			webhook("objective.published");
		}
		long forSix = statements(browser, "/admin/webhooks");
		assertThat(forSix).isEqualTo(forOne);
		assertThat(forOne).isLessThan(18);
	}

	/**
	 * The fewest statements of five loads: the job scheduler polls the database beside
	 * them, and a slow load counts its polls too.
	 */
	private long statements(SignedInBrowser browser, String path) {
		browser.get(path);
		return LongStream.range(0, 5)
			.map((run) -> this.queries.during(() -> assertThat(browser.get(path).statusCode()).isEqualTo(200)))
			.min()
			.orElseThrow();
	}

	private String webhook(String event) {
		return created(this.admin.post("/api/v1/webhooks",
				Map.of("url", this.receiver.url(), "events", List.of(event), "format", "json")));
	}

	private void checkIn(Person owner, String keyResult, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	private void awaitDelivered(String webhook, int deliveries) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			var log = this.admin.get("/api/v1/webhooks/" + webhook + "/deliveries").json();
			if (log.get("total").asInt() == deliveries && log.get("items")
				.valueStream()
				.allMatch((delivery) -> delivery.get("status").asString().equals("delivered"))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The deliveries of " + webhook + " did not all arrive");
	}

}
