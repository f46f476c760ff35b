package dev.lodestar.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.jobs.Jobs;

/**
 * Posts a delivery to its webhook, signed, and records how it went: the attempt, the
 * delivery's new status, and the job for the next attempt when there is one — together.
 */
class Courier {

	private static final Logger log = LoggerFactory.getLogger(Courier.class);

	private final DeliveryStore deliveries;

	private final WebhookStore webhooks;

	private final Jobs jobs;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Supplier<HttpClient> http;

	private final Duration timeout;

	private final Delivery.RetryPolicy policy;

	private final ReceiverAddresses addresses;

	Courier(DeliveryStore deliveries, WebhookStore webhooks, Jobs jobs, PlatformTransactionManager transactions,
			Clock clock, Supplier<HttpClient> http, Duration timeout, Delivery.RetryPolicy policy,
			ReceiverAddresses addresses) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.http = http;
		this.timeout = timeout;
		this.policy = policy;
		this.addresses = addresses;
	}

	void deliver(DeliveryId id) {
		Delivery delivery = this.deliveries.find(id)
			.filter((found) -> found.status() == DeliveryStatus.PENDING)
			.orElse(null);
		Webhook webhook = (delivery != null) ? this.webhooks.find(delivery.webhookId()).orElse(null) : null;
		if (webhook == null) {
			return;
		}
		int number = delivery.attempts() + 1;
		Optional<String> refusal = this.addresses.refusal(webhook.url());
		DeliveryAttempt attempt = refusal
			.map((reason) -> new DeliveryAttempt(number, this.clock.instant(), null, "not sent: " + reason,
					Duration.ZERO))
			.orElseGet(() -> post(webhook, delivery, number));
		Delivery after = refusal.isPresent() ? delivery.refused(attempt)
				: delivery.after(attempt, this.policy, this.clock.instant());
		logged(webhook, after, attempt);
		this.transaction.executeWithoutResult((status) -> {
			boolean kept = this.deliveries.record(after, attempt);
			if (kept && after.status() == DeliveryStatus.PENDING) {
				this.jobs.schedule(DeliveryJob.attempt(id, after.attempts() + 1), after.nextAttemptAt());
			}
		});
	}

	private DeliveryAttempt post(Webhook webhook, Delivery delivery, int number) {
		Instant at = this.clock.instant();
		long started = System.nanoTime();
		Integer status = null;
		String error = null;
		try {
			status = send(webhook, delivery);
		}
		catch (HttpTimeoutException ex) {
			error = "no answer within " + this.timeout.toMillis() + " ms";
		}
		catch (ConnectException ex) {
			error = "could not connect: " + ((ex.getMessage() != null) ? ex.getMessage() : "connection refused");
		}
		catch (IOException | IllegalArgumentException ex) {
			error = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted while waiting for the receiver";
		}
		return new DeliveryAttempt(number, at, status, error, Duration.ofNanos(System.nanoTime() - started));
	}

	private int send(Webhook webhook, Delivery delivery) throws IOException, InterruptedException {
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Lodestar-Webhooks")
			.header("X-Lodestar-Signature", webhook.sign(body))
			.header("X-Lodestar-Event", delivery.event().value())
			.header("X-Lodestar-Delivery", delivery.id().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<InputStream> response = this.http.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream ignored = response.body()) {
			return response.statusCode();
		}
	}

	private static void logged(Webhook webhook, Delivery after, DeliveryAttempt attempt) {
		String outcome = (attempt.statusCode() != null) ? "HTTP " + attempt.statusCode() : attempt.error();
		if (after.status() == DeliveryStatus.DELIVERED) {
			log.info("Delivered {} {} to {} on attempt {} ({} ms)", after.event().value(), after.id(), webhook.url(),
					attempt.number(), attempt.duration().toMillis());
		}
		else if (after.status() == DeliveryStatus.PENDING) {
			log.warn("Attempt {} at delivering {} {} to {} failed ({}); trying again at {}", attempt.number(),
					after.event().value(), after.id(), webhook.url(), outcome, after.nextAttemptAt());
		}
		else {
			log.warn("Gave up delivering {} {} to {} after {} attempts; the last one: {}", after.event().value(),
					after.id(), webhook.url(), attempt.number(), outcome);
		}
	}

}
