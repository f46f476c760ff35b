package dev.lodestar.rhythm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * Stores kudos in {@code rhythm_kudos}.
 */
@Repository
class KudosStore {

	private final JdbcClient jdbc;

	KudosStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Kudos> ofWeek(TeamId team, Week week) {
		return this.jdbc
			.sql("select id, team_id, week, from_id, to_id, message, created_at from rhythm_kudos"
					+ " where team_id = :team and week = :week order by created_at, id")
			.param("team", team.value())
			.param("week", week.monday())
			.query(KudosStore::kudos)
			.list();
	}

	List<Kudos> between(Instant from, Instant until, int limit) {
		return this.jdbc
			.sql("select id, team_id, week, from_id, to_id, message, created_at from rhythm_kudos"
					+ " where created_at >= :from and created_at < :until order by created_at desc, id limit :limit")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.param("limit", limit)
			.query(KudosStore::kudos)
			.list();
	}

	long countBetween(Instant from, Instant until) {
		return this.jdbc.sql("select count(*) from rhythm_kudos where created_at >= :from and created_at < :until")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(Long.class)
			.single();
	}

	void insert(Kudos kudos) {
		this.jdbc
			.sql("insert into rhythm_kudos (id, team_id, week, from_id, to_id, message, created_at)"
					+ " values (:id, :team, :week, :from, :to, :message, :at)")
			.param("id", kudos.id().value())
			.param("team", kudos.teamId().value())
			.param("week", kudos.week().monday())
			.param("from", kudos.fromId().value())
			.param("to", kudos.toId().value())
			.param("message", kudos.message())
			.param("at", Timestamp.from(kudos.at()))
			.update();
	}

	private static Kudos kudos(ResultSet rs, int row) throws SQLException {
		return new Kudos(new KudosId(rs.getObject("id", UUID.class)), new TeamId(rs.getObject("team_id", UUID.class)),
				new Week(rs.getObject("week", LocalDate.class)), new PersonId(rs.getObject("from_id", UUID.class)),
				new PersonId(rs.getObject("to_id", UUID.class)), rs.getString("message"),
				rs.getTimestamp("created_at").toInstant());
	}

}
