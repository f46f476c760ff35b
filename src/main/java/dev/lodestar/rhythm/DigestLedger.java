package dev.lodestar.rhythm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.TeamId;

/**
 * Which teams' digests went out in which week ({@code rhythm_digest}, unique by team and
 * week): claiming a row is what makes a digest go out once, however many instances try.
 */
@Repository
class DigestLedger {

	private final JdbcClient jdbc;

	DigestLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<TeamId> sent(Week week) {
		return this.jdbc.sql("select team_id from rhythm_digest where week = :week")
			.param("week", week.monday())
			.query((rs, row) -> new TeamId(rs.getObject(1, UUID.class)))
			.set();
	}

	/**
	 * Claims the team's digest of the week; answers {@code false} when someone claimed it
	 * first.
	 */
	boolean claim(TeamId team, Week week, Instant now) {
		try {
			this.jdbc.sql("insert into rhythm_digest (team_id, week, sent_at) values (:team, :week, :at)")
				.param("team", team.value())
				.param("week", week.monday())
				.param("at", Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
