package dev.lodestar.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;

/**
 * The organisation's outbound webhooks and their delivery logs; only admins see or change
 * them.
 */
@Service
@Transactional
public class Webhooks {

	private final WebhookStore webhooks;

	private final DeliveryStore deliveries;

	private final ReceiverAddresses addresses;

	private final Clock clock;

	Webhooks(WebhookStore webhooks, DeliveryStore deliveries, ReceiverAddresses addresses, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.addresses = addresses;
		this.clock = clock;
	}

	/**
	 * A new webhook; the answer holds the secret, which is shown this once. A receiver
	 * whose name resolves inside Lodestar's network is refused
	 * ({@link ReceiverAddresses}).
	 */
	public Webhook create(Actor actor, NewWebhook input) {
		requireAdmin(actor);
		Webhook webhook = Webhook.create(input.url(), input.events(), input.format(), this.clock.instant());
		this.addresses.checkSaved(webhook.url());
		this.webhooks.insert(webhook);
		return webhook;
	}

	@Transactional(readOnly = true)
	public ResultPage<Webhook> list(Actor actor, Paging paging) {
		requireAdmin(actor);
		return new ResultPage<>(this.webhooks.page(paging.limit(), paging.offset()), this.webhooks.count());
	}

	@Transactional(readOnly = true)
	public Webhook get(Actor actor, WebhookId id) {
		requireAdmin(actor);
		return this.webhooks.find(id).orElseThrow(() -> new NotFoundException("webhook", id));
	}

	/** Removes a webhook with its delivery log; deliveries still pending are not sent. */
	public void delete(Actor actor, WebhookId id, Long expectedVersion) {
		Webhook webhook = get(actor, id);
		StaleVersionException.check("webhook", expectedVersion, webhook.version());
		this.webhooks.delete(id);
	}

	/**
	 * A webhook's deliveries, newest first, each with its attempts: three queries however
	 * many there are.
	 */
	@Transactional(readOnly = true)
	public ResultPage<DeliveryHistory> deliveries(Actor actor, WebhookId id, Paging paging) {
		get(actor, id);
		List<Delivery> page = this.deliveries.page(id, paging.limit(), paging.offset());
		Map<DeliveryId, List<DeliveryAttempt>> attempts = this.deliveries
			.attemptsOf(page.stream().map(Delivery::id).toList())
			.stream()
			.collect(Collectors.groupingBy(DeliveryStore.Attempt::deliveryId,
					Collectors.mapping(DeliveryStore.Attempt::attempt, Collectors.toList())));
		List<DeliveryHistory> items = page.stream()
			.map((delivery) -> new DeliveryHistory(delivery, attempts.getOrDefault(delivery.id(), List.of())))
			.toList();
		return new ResultPage<>(items, this.deliveries.count(id));
	}

	private static void requireAdmin(Actor actor) {
		actor.require(actor.isAdmin(), "manage webhooks");
	}

	/**
	 * What it takes to add a webhook: where to post, which events (by name), which format
	 * ({@code json}, {@code slack} or {@code teams}).
	 */
	public record NewWebhook(String url, List<String> events, String format) {
	}

}
