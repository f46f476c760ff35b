package dev.lodestar.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.PersonId;

/**
 * The notifications table, in explicit SQL: every query a person's notifications need is
 * one statement on an index that starts with the person.
 */
@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Notification notification) {
		this.jdbc.sql("""
				insert into notification (id, person_id, kind, text, link, created_at, read_at)
				values (:id, :person, :kind, :text, :link, :created, null)""")
			.param("id", notification.id().value())
			.param("person", notification.personId().value())
			.param("kind", notification.kind())
			.param("text", notification.text())
			.param("link", notification.link())
			.param("created", Timestamp.from(notification.createdAt()))
			.update();
	}

	long countUnread(PersonId person) {
		return this.jdbc.sql("select count(*) from notification where person_id = :person and read_at is null")
			.param("person", person.value())
			.query(Long.class)
			.single();
	}

	long count(PersonId person, boolean unreadOnly) {
		return unreadOnly ? countUnread(person)
				: this.jdbc.sql("select count(*) from notification where person_id = :person")
					.param("person", person.value())
					.query(Long.class)
					.single();
	}

	List<Notification> findPage(PersonId person, boolean unreadOnly, int limit, long offset) {
		return this.jdbc
			.sql("select * from notification where person_id = :person" + (unreadOnly ? " and read_at is null" : "")
					+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("person", person.value())
			.param("limit", limit)
			.param("offset", offset)
			.query(NotificationRepository::notification)
			.list();
	}

	Optional<Notification> findById(NotificationId id) {
		return this.jdbc.sql("select * from notification where id = :id")
			.param("id", id.value())
			.query(NotificationRepository::notification)
			.optional();
	}

	void markRead(NotificationId id, Instant at) {
		this.jdbc.sql("update notification set read_at = :at where id = :id and read_at is null")
			.param("id", id.value())
			.param("at", Timestamp.from(at))
			.update();
	}

	int markAllRead(PersonId person, Instant at) {
		return this.jdbc.sql("update notification set read_at = :at where person_id = :person and read_at is null")
			.param("person", person.value())
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(new NotificationId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("kind"), rs.getString("text"),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				(read != null) ? read.toInstant() : null);
	}

}
