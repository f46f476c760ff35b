package dev.lodestar.reports;

import java.io.Writer;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;

/**
 * A cycle's data as CSV: one row per key result (from the report), and one row per
 * check-in, streamed from the database row by row so that a cycle with hundreds of
 * thousands of check-ins never sits in memory.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

	static final String[] KEY_RESULT_COLUMNS = { "objective", "team", "owner", "type", "start", "target", "current",
			"progress", "score", "confidence", "keyResult", "keyResultId", "objectiveId", "teamId", "kind",
			"objectiveScore", "unit", "weight", "carriedFrom" };

	static final String[] CHECK_IN_COLUMNS = { "keyResultId", "objective", "team", "author", "value", "confidence",
			"note", "blockers", "source", "createdAt", "keyResult", "checkInId", "objectiveId", "teamId" };

	private static final String CHECK_INS = """
			select c.id, c.key_result_id, kr.title as key_result_title, o.id as objective_id, o.title as objective_title,
			o.team_id, t.name as team_name, p.name as author_name, c.new_value, c.confidence, c.note, c.blockers,
			c.source, c.created_at
			from check_in c join key_result kr on kr.id = c.key_result_id join objective o on o.id = kr.objective_id
			left join team t on t.id = o.team_id left join person p on p.id = c.author_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

	private final JdbcClient streaming;

	private final Cycles cycles;

	private final Teams teams;

	Exports(DataSource dataSource, Cycles cycles, Teams teams) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = JdbcClient.create(template);
		this.cycles = cycles;
		this.teams = teams;
	}

	/**
	 * The cycle, known; a 404 for an unknown cycle, a 400 naming {@code field} for an
	 * unknown team.
	 */
	public Cycle known(CycleId cycleId, TeamId teamId, String field) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of(field, "is not a known team");
		}
		return cycle;
	}

	/** Writes the key results of a report, one row each, after a header row. */
	public void keyResults(CycleReport report, Writer out) {
		Csv csv = new Csv(out).row(KEY_RESULT_COLUMNS);
		for (ObjectiveLine objective : report.objectives()) {
			for (KeyResultLine kr : objective.keyResults()) {
				csv.text(objective.title())
					.text(objective.owner())
					.text(kr.ownerName())
					.plain(kr.type().value())
					.number(kr.startValue())
					.number(kr.targetValue())
					.number(kr.currentValue())
					.number(Math.round(kr.progress() * 1000) / 1000.0)
					.number(kr.score())
					.number(kr.confidence())
					.text(kr.title())
					.plain(kr.id())
					.plain(objective.id())
					.plain(objective.teamId())
					.plain(objective.kind().value())
					.number(objective.score())
					.text(kr.unit())
					.number(kr.weight())
					.plain(kr.carriedFrom())
					.end();
			}
		}
	}

	/**
	 * Streams every check-in of a cycle's objectives (optionally one team's), oldest
	 * first, after a header row; a 404 for an unknown cycle, a 400 naming {@code teamId}
	 * for an unknown team.
	 */
	public void checkIns(CycleId cycleId, TeamId teamId, Writer out) {
		known(cycleId, teamId, "teamId");
		Csv csv = new Csv(out).row(CHECK_IN_COLUMNS);
		this.streaming
			.sql(CHECK_INS + ((teamId != null) ? " and o.team_id = :teamId" : "") + " order by c.created_at, c.id")
			.params(Map.of("cycleId", cycleId.value()))
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.query((RowCallbackHandler) (rs) -> {
				UUID team = rs.getObject("team_id", UUID.class);
				csv.plain(rs.getObject("key_result_id", UUID.class))
					.text(rs.getString("objective_title"))
					.text((team != null) ? rs.getString("team_name") : CycleReport.COMPANY_WIDE)
					.text(rs.getString("author_name"))
					.number(rs.getDouble("new_value"))
					.number(rs.getInt("confidence"))
					.text(rs.getString("note"))
					.text(rs.getString("blockers"))
					.plain(rs.getString("source").toLowerCase(java.util.Locale.ROOT))
					.plain(rs.getTimestamp("created_at").toInstant())
					.text(rs.getString("key_result_title"))
					.plain(rs.getObject("id", UUID.class))
					.plain(new ObjectiveId(rs.getObject("objective_id", UUID.class)))
					.plain(team)
					.end();
			});
	}

}
