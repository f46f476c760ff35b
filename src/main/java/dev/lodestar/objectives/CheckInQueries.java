package dev.lodestar.objectives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * What other features read of a cycle's check-ins: every one of them, streamed, how many
 * key results were checked in each week, and the moments milestones were done. Each is
 * one query however many check-ins there are, and each leaves archived objectives out.
 */
@Component
@Transactional(readOnly = true)
public class CheckInQueries {

	private static final String OF_CYCLE = """
			select c.id, c.key_result_id, kr.title as key_result_title, o.id as objective_id, o.title as objective_title,
			o.team_id, t.name as team_name, p.name as author_name, c.new_value, c.confidence, c.note, c.blockers,
			c.source, c.created_at
			from check_in c join key_result kr on kr.id = c.key_result_id join objective o on o.id = kr.objective_id
			left join team t on t.id = o.team_id left join person p on p.id = c.author_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

	private static final String MILESTONES_DONE = """
			select c.key_result_id, min(c.created_at) as done_at
			from check_in c join key_result kr on kr.id = c.key_result_id join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' and kr.type = 'MILESTONE'
			and c.new_value >= kr.target_value and c.created_at >= :from and c.created_at < :until
			group by c.key_result_id""";

	private static final String WEEKS_OF_CYCLE = """
			select w.week_index, count(distinct w.key_result_id) as key_results from (
			  select floor(cast(extract(epoch from c.created_at) - :startEpoch as double precision) / :weekSeconds) as week_index, c.key_result_id
			  from check_in c join key_result kr on kr.id = c.key_result_id join objective o on o.id = kr.objective_id
			  where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' and c.created_at >= :from and c.created_at < :until
			  %s) w
			group by w.week_index""";

	private static final long WEEK_SECONDS = 7L * 24 * 60 * 60;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	CheckInQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = JdbcClient.create(template);
	}

	/**
	 * Hands every check-in of a cycle's objectives (optionally one team's) to
	 * {@code each}, oldest first, as the database streams them, so that a cycle with
	 * hundreds of thousands of check-ins never sits in memory. One query.
	 */
	public void eachOfCycle(CycleId cycleId, TeamId teamId, Consumer<CycleCheckIn> each) {
		this.streaming
			.sql(OF_CYCLE + ((teamId != null) ? " and " + ObjectiveTeams.ownedBy("o", "teamId") : "")
					+ " order by c.created_at, c.id")
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.query((RowCallbackHandler) (rs) -> {
				UUID team = rs.getObject("team_id", UUID.class);
				each.accept(new CycleCheckIn(new CheckInId(rs.getObject("id", UUID.class)),
						new KeyResultId(rs.getObject("key_result_id", UUID.class)), rs.getString("key_result_title"),
						new ObjectiveId(rs.getObject("objective_id", UUID.class)), rs.getString("objective_title"),
						(team != null) ? new TeamId(team) : null, rs.getString("team_name"),
						rs.getString("author_name"), rs.getDouble("new_value"), rs.getInt("confidence"),
						rs.getString("note"), rs.getString("blockers"), CheckInSource.valueOf(rs.getString("source")),
						rs.getTimestamp("created_at").toInstant()));
			});
	}

	/**
	 * How many key results of a cycle's objectives (optionally one team's) got at least
	 * one check-in in each week from {@code from} (weeks of seven days) to before
	 * {@code until}: the week's number from 0 to its count, weeks without a check-in left
	 * out. One query.
	 */
	public Map<Integer, Integer> keyResultsPerWeek(CycleId cycleId, TeamId teamId, Instant from, Instant until) {
		Map<Integer, Integer> weeks = new HashMap<>();
		this.jdbc.sql(WEEKS_OF_CYCLE.formatted((teamId != null) ? "and " + ObjectiveTeams.ownedBy("o", "teamId") : ""))
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.param("startEpoch", from.getEpochSecond())
			.param("weekSeconds", WEEK_SECONDS)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((RowCallbackHandler) (rs) -> weeks.put(rs.getInt("week_index"), rs.getInt("key_results")));
		return weeks;
	}

	/**
	 * The milestones of a cycle's objectives checked in as done from {@code from} to
	 * before {@code until}, each with the first such check-in, in no particular order.
	 * One query.
	 */
	public List<MilestoneDone> milestonesDone(CycleId cycleId, Instant from, Instant until) {
		return this.jdbc.sql(MILESTONES_DONE)
			.param("cycleId", cycleId.value())
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> new MilestoneDone(new KeyResultId(rs.getObject("key_result_id", UUID.class)),
					rs.getTimestamp("done_at").toInstant()))
			.list();
	}

	/**
	 * A check-in of a cycle, with the key result, objective and team it belongs to.
	 *
	 * @param teamId the objective's team, or {@code null} for a company-wide one
	 * @param teamName the team's name, or {@code null}
	 * @param authorName who checked in, or {@code null} when unknown
	 */
	public record CycleCheckIn(CheckInId id, KeyResultId keyResultId, String keyResultTitle, ObjectiveId objectiveId,
			String objectiveTitle, TeamId teamId, String teamName, String authorName, double value, int confidence,
			String note, String blockers, CheckInSource source, Instant at) {
	}

	/**
	 * A milestone and the moment it was first checked in as done.
	 */
	public record MilestoneDone(KeyResultId keyResultId, Instant at) {
	}

}
