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
import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * Written wins in {@code rhythm_win}, and the key results of a team that moved in a week:
 * each with its value before the week and at its end, from the check-ins, in one query of
 * the objectives module however many there are ({@link KeyResultQueries#movedBetween}).
 */
@Repository
class WinStore {

	private final JdbcClient jdbc;

	private final KeyResultQueries keyResults;

	WinStore(JdbcClient jdbc, KeyResultQueries keyResults) {
		this.jdbc = jdbc;
		this.keyResults = keyResults;
	}

	List<Moved> moved(TeamId team, Instant start, Instant end) {
		return this.keyResults.movedBetween(team, start, end)
			.stream()
			.map((one) -> new Moved(one.id(), one.title(), one.type() == KeyResultType.MILESTONE, one.startValue(),
					one.targetValue(), one.unit(), one.before(), one.after(), one.at()))
			.toList();
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
