package dev.lodestar.rhythm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.StaleVersionException;

/**
 * Stores priorities in {@code rhythm_priority}; a week's slots are unique there, so two
 * priorities added at the same moment never make a sixth.
 */
@Repository
class PriorityStore {

	private static final String COLUMNS = "p.id, p.team_id, p.week, p.slot, p.text, p.done, p.carried_from,"
			+ " p.created_by, p.created_at, p.version";

	private final JdbcClient jdbc;

	PriorityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Priority> find(PriorityId id) {
		return this.jdbc.sql("select " + COLUMNS + " from rhythm_priority p where p.id = :id")
			.param("id", id.value())
			.query(PriorityStore::priority)
			.optional();
	}

	List<Priority> ofWeek(TeamId team, Week week) {
		return this.jdbc
			.sql("select " + COLUMNS + " from rhythm_priority p where p.team_id = :team and p.week = :week"
					+ " order by p.created_at, p.id")
			.param("team", team.value())
			.param("week", week.monday())
			.query(PriorityStore::priority)
			.list();
	}

	/**
	 * Last week's unfinished priorities that have not been carried into {@code week} yet.
	 */
	List<Priority> offeredAgain(TeamId team, Week week) {
		return this.jdbc
			.sql("select " + COLUMNS + " from rhythm_priority p where p.team_id = :team"
					+ " and p.week = :last and p.done = false and not exists (select 1 from rhythm_priority c"
					+ " where c.carried_from = p.id and c.week = :week) order by p.created_at, p.id")
			.param("team", team.value())
			.param("last", week.previous().monday())
			.param("week", week.monday())
			.query(PriorityStore::priority)
			.list();
	}

	void insert(Priority priority) {
		try {
			this.jdbc.sql("""
					insert into rhythm_priority (id, team_id, week, slot, text, done, carried_from, created_by,
					created_at, version) values (:id, :team, :week, :slot, :text, :done, :carriedFrom, :createdBy,
					:createdAt, 0)""")
				.param("id", priority.id().value())
				.param("team", priority.teamId().value())
				.param("week", priority.week().monday())
				.param("slot", priority.slot())
				.param("text", priority.text())
				.param("done", priority.done())
				.param("carriedFrom", (priority.carriedFrom() != null) ? priority.carriedFrom().value() : null)
				.param("createdBy", (priority.createdBy() != null) ? priority.createdBy().value() : null)
				.param("createdAt", Timestamp.from(priority.createdAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Someone added a priority to this week at the same moment; please try again.");
		}
	}

	Priority update(Priority priority) {
		int changed = this.jdbc
			.sql("update rhythm_priority set text = :text, done = :done, version = version + 1"
					+ " where id = :id and version = :version")
			.param("text", priority.text())
			.param("done", priority.done())
			.param("id", priority.id().value())
			.param("version", priority.version())
			.update();
		if (changed == 0) {
			throw new StaleVersionException("The priority was changed by someone else meanwhile.");
		}
		return find(priority.id()).orElseThrow();
	}

	void delete(PriorityId id) {
		this.jdbc.sql("delete from rhythm_priority where id = :id").param("id", id.value()).update();
	}

	private static Priority priority(ResultSet rs, int row) throws SQLException {
		UUID carried = rs.getObject("carried_from", UUID.class);
		UUID by = rs.getObject("created_by", UUID.class);
		return new Priority(new PriorityId(rs.getObject("id", UUID.class)),
				new TeamId(rs.getObject("team_id", UUID.class)), new Week(rs.getObject("week", LocalDate.class)),
				rs.getInt("slot"), rs.getString("text"), rs.getBoolean("done"),
				(carried != null) ? new PriorityId(carried) : null, (by != null) ? new PersonId(by) : null,
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
