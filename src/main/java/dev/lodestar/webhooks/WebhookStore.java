package dev.lodestar.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The webhooks, in table {@code webhook}; the events are kept as a comma-separated list
 * of their names.
 */
@Repository
class WebhookStore {

	private static final String COLUMNS = "id, url, event_names, message_format, secret, created_at, version";

	private final JdbcClient jdbc;

	WebhookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Webhook webhook) {
		this.jdbc.sql("insert into webhook (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
			.params(webhook.id().value(), webhook.url(),
					webhook.eventList().stream().map(WebhookEvent::value).collect(Collectors.joining(",")),
					webhook.format().name(), webhook.secret(), utc(webhook.createdAt()), webhook.version())
			.update();
	}

	List<Webhook> page(int limit, long offset) {
		return this.jdbc.sql("select " + COLUMNS + " from webhook order by created_at, id limit ? offset ?")
			.params(limit, offset)
			.query(WebhookStore::webhook)
			.list();
	}

	List<Webhook> all() {
		return this.jdbc.sql("select " + COLUMNS + " from webhook").query(WebhookStore::webhook).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from webhook").query(Long.class).single();
	}

	Optional<Webhook> find(WebhookId id) {
		return this.jdbc.sql("select " + COLUMNS + " from webhook where id = ?")
			.params(id.value())
			.query(WebhookStore::webhook)
			.optional();
	}

	void delete(WebhookId id) {
		this.jdbc.sql("delete from webhook where id = ?").params(id.value()).update();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Webhook webhook(ResultSet row, int number) throws SQLException {
		return new Webhook(new WebhookId(row.getObject("id", UUID.class)), row.getString("url"),
				Arrays.stream(row.getString("event_names").split(","))
					.map((name) -> WebhookEvent.of(name).orElseThrow())
					.collect(Collectors.toSet()),
				WebhookFormat.valueOf(row.getString("message_format")), row.getString("secret"),
				instant(row, "created_at"), row.getLong("version"));
	}

}
