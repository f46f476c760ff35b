package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Score;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * The confidence given in the check-ins of closed cycles, counted per cycle, confidence
 * and outcome in one query, whatever the number of check-ins: the database groups them by
 * the objective's kind and the key result's score read to one decimal, and the outcome is
 * decided here with the rule of {@link Score#meets}. Archived objectives and key results
 * without a score are left out.
 */
@Repository
class ConfidenceRecord {

	private static final String TALLIES = """
			select c.id, c.name, c.end_date, o.kind, floor(kr.score * 10 + 0.5) as tenths, ci.confidence,
			       count(*) as check_ins
			from check_in ci
			join key_result kr on kr.id = ci.key_result_id
			join objective o on o.id = kr.objective_id
			join cycle c on c.id = o.cycle_id
			where c.phase = 'CLOSED' and o.status <> 'ARCHIVED' and kr.score is not null and %s
			group by c.id, c.name, c.end_date, c.start_date, o.kind, floor(kr.score * 10 + 0.5), ci.confidence
			order by c.start_date, c.id""";

	private final JdbcClient jdbc;

	/**
	 * The organisation's tallies last read, with the closed cycles they are of: a closed
	 * cycle never changes, so they hold until another cycle closes, on every instance.
	 */
	private final AtomicReference<Kept> everyone = new AtomicReference<>();

	ConfidenceRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The check-ins of the closed cycles: all of them, or those on the key results of a
	 * team's objectives (those it owns first and those shared with it), or those a person
	 * gave, or both.
	 */
	List<Calibration.Tally> tallies(TeamId team, PersonId person) {
		if (team == null && person == null) {
			return everyone();
		}
		String where = "1 = 1";
		if (team != null) {
			where += " and " + ProgramRecord.TEAM_OWNS;
		}
		if (person != null) {
			where += " and ci.author_id = :person";
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(TALLIES.formatted(where));
		if (team != null) {
			statement = statement.param("team", team.value());
		}
		if (person != null) {
			statement = statement.param("person", person.value());
		}
		return tallies(statement);
	}

	/**
	 * Every check-in of the closed cycles, read again only once another cycle has closed:
	 * the one statement that lists the closed cycles tells.
	 */
	private List<Calibration.Tally> everyone() {
		List<String> closed = this.jdbc.sql("select id, name from cycle where phase = 'CLOSED' order by start_date, id")
			.query((rs, row) -> rs.getObject("id", UUID.class) + " " + rs.getString("name"))
			.list();
		Kept kept = this.everyone.get();
		if (kept != null && kept.cycles().equals(closed)) {
			return kept.tallies();
		}
		List<Calibration.Tally> tallies = tallies(this.jdbc.sql(TALLIES.formatted("1 = 1")));
		this.everyone.set(new Kept(closed, tallies));
		return tallies;
	}

	private static List<Calibration.Tally> tallies(JdbcClient.StatementSpec statement) {
		return statement.query((rs, row) -> {
			ObjectiveKind kind = ObjectiveKind.valueOf(rs.getString("kind"));
			double score = rs.getDouble("tenths") / 10.0;
			return new Calibration.Tally(new CycleId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getObject("end_date", LocalDate.class), rs.getInt("confidence"), Score.meets(kind, score),
					rs.getLong("check_ins"));
		}).list();
	}

	private record Kept(List<String> cycles, List<Calibration.Tally> tallies) {
	}

}
