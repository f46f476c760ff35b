package dev.lodestar.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * The feed's table, in explicit SQL: a page of entries, of everyone or of one team, is
 * one statement. An entry about a shared objective belongs to its first team (its row's
 * {@code team_id}) and to the others through {@code activity_entry_team}.
 */
@Repository
class ActivityRepository {

	private static final String OF_TEAM = "(team_id = :team or id in"
			+ " (select entry_id from activity_entry_team where team_id = :team))";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes an entry, shown also on the feeds of {@code alsoFor} (the other owners of a
	 * shared objective).
	 */
	void insert(ActivityEntry entry, List<TeamId> alsoFor) {
		this.jdbc.sql("""
				insert into activity_entry (id, kind, team_id, actor_id, subject, detail, link, created_at)
				values (:id, :kind, :team, :actor, :subject, :detail, :link, :created)""")
			.param("id", entry.id())
			.param("kind", entry.kind().name())
			.param("team", (entry.teamId() != null) ? entry.teamId().value() : null)
			.param("actor", (entry.actorId() != null) ? entry.actorId().value() : null)
			.param("subject", entry.subject())
			.param("detail", entry.detail())
			.param("link", entry.link())
			.param("created", Timestamp.from(entry.createdAt()))
			.update();
		for (TeamId team : alsoFor) {
			this.jdbc.sql("insert into activity_entry_team (entry_id, team_id) values (?, ?)")
				.params(entry.id(), team.value())
				.update();
		}
	}

	List<ActivityEntry> findPage(TeamId team, int limit, long offset) {
		return this.jdbc
			.sql("select * from activity_entry" + ((team != null) ? " where " + OF_TEAM : "")
					+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("team", (team != null) ? team.value() : null)
			.param("limit", limit)
			.param("offset", offset)
			.query(ActivityRepository::entry)
			.list();
	}

	long count(TeamId team) {
		return this.jdbc.sql("select count(*) from activity_entry" + ((team != null) ? " where " + OF_TEAM : ""))
			.param("team", (team != null) ? team.value() : null)
			.query(Long.class)
			.single();
	}

	private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
		UUID team = rs.getObject("team_id", UUID.class);
		UUID actor = rs.getObject("actor_id", UUID.class);
		return new ActivityEntry(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
				(team != null) ? new TeamId(team) : null, (actor != null) ? new PersonId(actor) : null,
				rs.getString("subject"), rs.getString("detail"), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant());
	}

}
