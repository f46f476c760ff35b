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

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * Written wins in {@code rhythm_win}, and the read model of the key results of a team
 * that moved in a week: each with its value before the week and at its end, from the
 * check-ins, in one query however many there are.
 */
@Repository
class WinStore {

	private static final String MOVED = """
			select kr.id, kr.title, kr.type, kr.start_value, kr.target_value, kr.unit,
			  (select b.new_value from check_in b where b.key_result_id = kr.id and b.created_at < :start
			   order by b.created_at desc, b.id desc fetch first 1 rows only) as before_value,
			  (select a.new_value from check_in a where a.key_result_id = kr.id and a.created_at < :end
			   order by a.created_at desc, a.id desc fetch first 1 rows only) as after_value,
			  (select max(m.created_at) from check_in m where m.key_result_id = kr.id
			   and m.created_at >= :start and m.created_at < :end) as moved_at
			from key_result kr join objective o on o.id = kr.objective_id
			where o.team_id = :team and o.status <> 'ARCHIVED' and exists (select 1 from check_in c
			  where c.key_result_id = kr.id and c.created_at >= :start and c.created_at < :end)
			order by moved_at, kr.id""";

	private final JdbcClient jdbc;

	WinStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Moved> moved(TeamId team, Instant start, Instant end) {
		return this.jdbc.sql(MOVED)
			.param("team", team.value())
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query(WinStore::moved)
			.list();
	}

	List<WrittenWin> written(TeamId team, Week week) {
		return this.jdbc
			.sql("select id, team_id, week, text, author_id, created_at from rhythm_win"
					+ " where team_id = :team and week = :week order by created_at, id")
			.param("team", team.value())
			.param("week", week.monday())
			.query(WinStore::written)
			.list();
	}

	void insert(WrittenWin win) {
		this.jdbc
			.sql("insert into rhythm_win (id, team_id, week, text, author_id, created_at)"
					+ " values (:id, :team, :week, :text, :author, :at)")
			.param("id", win.id().value())
			.param("team", win.teamId().value())
			.param("week", win.week().monday())
			.param("text", win.text())
			.param("author", win.authorId().value())
			.param("at", Timestamp.from(win.at()))
			.update();
	}

	private static Moved moved(ResultSet rs, int row) throws SQLException {
		double start = rs.getDouble("start_value");
		double before = rs.getDouble("before_value");
		if (rs.wasNull()) {
			before = start;
		}
		return new Moved(new KeyResultId(rs.getObject("id", UUID.class)), rs.getString("title"),
				"MILESTONE".equals(rs.getString("type")), start, rs.getDouble("target_value"), rs.getString("unit"),
				before, rs.getDouble("after_value"), rs.getTimestamp("moved_at").toInstant());
	}

	private static WrittenWin written(ResultSet rs, int row) throws SQLException {
		UUID author = rs.getObject("author_id", UUID.class);
		return new WrittenWin(new WinId(rs.getObject("id", UUID.class)),
				new TeamId(rs.getObject("team_id", UUID.class)), new Week(rs.getObject("week", LocalDate.class)),
				rs.getString("text"), (author != null) ? new PersonId(author) : null,
				rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * A key result checked in during a week, with its value before the week and at the
	 * end of it (or now).
	 */
	record Moved(KeyResultId id, String title, boolean milestone, double start, double target, String unit,
			double before, double after, Instant at) {

		double progress(double value) {
			return Math.max(0.0, Math.min(1.0, (value - this.start) / (this.target - this.start)));
		}

		/** The win this move is, or {@code null} when progress did not rise. */
		Win win() {
			if (progress(this.after) <= progress(this.before)) {
				return null;
			}
			return this.milestone ? Win.milestone(this.id, this.title, this.at) : Win.progress(this.id, this.title,
					this.at, this.before, this.after, progress(this.before), progress(this.after), this.unit);
		}

	}

}
