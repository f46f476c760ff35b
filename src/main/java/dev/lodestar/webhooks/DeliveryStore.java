package dev.lodestar.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.lodestar.webhooks.WebhookStore.instant;
import static dev.lodestar.webhooks.WebhookStore.utc;

/**
 * Deliveries and their attempts, in tables {@code webhook_delivery} and
 * {@code webhook_attempt}.
 */
@Repository
class DeliveryStore {

	private static final String COLUMNS = "id, webhook_id, event_name, body, status, attempts, last_status_code, "
			+ "last_error, created_at, delivered_at, next_attempt_at";

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Delivery delivery) {
		this.jdbc.sql("insert into webhook_delivery (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(delivery.id().value(), delivery.webhookId().value(), delivery.event().value(), delivery.body(),
					delivery.status().name(), delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(),
					utc(delivery.createdAt()), utc(delivery.deliveredAt()), utc(delivery.nextAttemptAt()))
			.update();
	}

	/**
	 * Stores a delivery's new state with the attempt that led to it; answers whether the
	 * delivery was still there (its webhook may have been removed meanwhile).
	 */
	boolean record(Delivery delivery, DeliveryAttempt attempt) {
		int updated = this.jdbc
			.sql("update webhook_delivery set status = ?, attempts = ?, last_status_code = ?, last_error = ?, "
					+ "delivered_at = ?, next_attempt_at = ? where id = ?")
			.params(delivery.status().name(), delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(),
					utc(delivery.deliveredAt()), utc(delivery.nextAttemptAt()), delivery.id().value())
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc
			.sql("insert into webhook_attempt (delivery_id, attempt_number, attempted_at, status_code, error, "
					+ "duration_ms) values (?, ?, ?, ?, ?, ?)")
			.params(delivery.id().value(), attempt.number(), utc(attempt.at()), attempt.statusCode(), attempt.error(),
					attempt.duration().toMillis())
			.update();
		return true;
	}

	Optional<Delivery> find(DeliveryId id) {
		return this.jdbc.sql("select " + COLUMNS + " from webhook_delivery where id = ?")
			.params(id.value())
			.query(DeliveryStore::delivery)
			.optional();
	}

	/** A webhook's deliveries, newest first. */
	List<Delivery> page(WebhookId webhook, int limit, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from webhook_delivery where webhook_id = ? "
					+ "order by created_at desc, id desc limit ? offset ?")
			.params(webhook.value(), limit, offset)
			.query(DeliveryStore::delivery)
			.list();
	}

	long count(WebhookId webhook) {
		return this.jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?")
			.params(webhook.value())
			.query(Long.class)
			.single();
	}

	/** The attempts of some deliveries, in one query, first attempt first. */
	List<Attempt> attemptsOf(Collection<DeliveryId> deliveries) {
		if (deliveries.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select delivery_id, attempt_number, attempted_at, status_code, error, duration_ms "
					+ "from webhook_attempt where delivery_id in (:ids) order by delivery_id, attempt_number")
			.param("ids", deliveries.stream().map(DeliveryId::value).toList())
			.query((row, number) -> new Attempt(new DeliveryId(row.getObject("delivery_id", UUID.class)),
					new DeliveryAttempt(row.getInt("attempt_number"), instant(row, "attempted_at"),
							(Integer) row.getObject("status_code", Integer.class), row.getString("error"),
							Duration.ofMillis(row.getLong("duration_ms")))))
			.list();
	}

	private static Delivery delivery(ResultSet row, int number) throws SQLException {
		return new Delivery(new DeliveryId(row.getObject("id", UUID.class)),
				new WebhookId(row.getObject("webhook_id", UUID.class)),
				WebhookEvent.of(row.getString("event_name")).orElseThrow(), row.getString("body"),
				DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
				row.getObject("last_status_code", Integer.class), row.getString("last_error"),
				instant(row, "created_at"), instant(row, "delivered_at"), instant(row, "next_attempt_at"));
	}

	/** An attempt with the delivery it belongs to. */
	record Attempt(DeliveryId deliveryId, DeliveryAttempt attempt) {
	}

}
