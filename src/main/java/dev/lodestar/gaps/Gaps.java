package dev.lodestar.gaps;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;

/**
 * Works out the gaps of a cycle's key results (archived objectives left out), a page at a
 * time: the database ranks them and counts their warning signs, so a cycle of thousands
 * of key results costs two queries and reads only the rows shown. Each key result keeps
 * its previous confidence, so no check-in is read. Everyone may read them: seeing where
 * the organisation stands is the point.
 */
@Service
@Transactional(readOnly = true)
public class Gaps {

	private static final String FROM = """
			from key_result kr join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

	/**
	 * {@link KeyResult#progress(double, double, double)} in SQL (a key result's target
	 * always differs from its start). With the expected progress the same for every key
	 * result of a cycle, the least progress is the biggest gap.
	 */
	private static final String PROGRESS = """
			greatest(0.0, least(1.0, (kr.current_value - kr.start_value) / (kr.target_value - kr.start_value)))""";

	/** The rules of {@link Gap#of} for each flag, counted over the whole cycle. */
	private static final String COUNTS = """
			select count(*) as total,
			coalesce(sum(case when coalesce(kr.last_check_in_at, :cycleStart) <= :staleSince then 1 else 0 end), 0)
			 as stale,
			coalesce(sum(case when kr.confidence - kr.previous_confidence <= :drop then 1 else 0 end), 0) as dropped,
			coalesce(sum(case when kr.confidence <= :offTrack then 1 else 0 end), 0) as off_track
			""" + FROM;

	private static final String ROWS = """
			select kr.id, kr.objective_id, o.title as objective_title, o.team_id, kr.title, kr.start_value,
			kr.target_value, kr.current_value, kr.confidence, kr.previous_confidence, kr.last_check_in_at, %s as progress
			"""
		.formatted(PROGRESS) + FROM;

	private static final String ORDER = " order by progress, kr.title, kr.id limit :limit offset :offset";

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Teams teams;

	private final Program program;

	private final Clock clock;

	Gaps(JdbcClient jdbc, Cycles cycles, Teams teams, Program program, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.teams = teams;
		this.program = program;
		this.clock = clock;
	}

	/**
	 * One page of a cycle's key results, optionally of one team's objectives, biggest gap
	 * first (equal gaps by title, then id), with the number of key results and of each
	 * flag in the whole cycle; an unknown team is a 400 naming {@code teamId}.
	 */
	public CycleGaps of(CycleId cycleId, TeamId teamId, long offset, int limit) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of("teamId", "is not a known team");
		}
		ProgramSettings settings = this.program.settings();
		Instant now = this.clock.instant();
		double expected = cycle.elapsedShare(LocalDate.ofInstant(now, settings.timeZone()));
		Instant cycleStart = cycle.startDate().atStartOfDay(settings.timeZone()).toInstant();
		String team = (teamId != null) ? " and o.team_id = :teamId" : "";
		UUID teamValue = (teamId != null) ? teamId.value() : null;
		Counts counts = this.jdbc.sql(COUNTS + team)
			.param("cycleId", cycleId.value())
			.param("teamId", teamValue)
			.param("cycleStart", Timestamp.from(cycleStart))
			.param("staleSince", Timestamp.from(now.minus(Gap.STALE_AFTER)))
			.param("drop", Gap.CONFIDENCE_DROP)
			.param("offTrack", Gap.OFF_TRACK_AT_MOST)
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
		List<Gap> gaps = (counts.total() <= offset) ? List.of() : this.jdbc.sql(ROWS + team + ORDER)
			.param("cycleId", cycleId.value())
			.param("teamId", teamValue)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> Gap.of(new KeyResultId(rs.getObject(1, UUID.class)),
					new ObjectiveId(rs.getObject(2, UUID.class)), rs.getString(3), teamOf(rs.getObject(4, UUID.class)),
					rs.getString(5), KeyResult.progress(rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)), expected,
					rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), instant(rs.getTimestamp(11)),
					cycleStart, now))
			.list();
		return new CycleGaps(cycle, expected, counts, gaps);
	}

	private static TeamId teamOf(UUID id) {
		return (id != null) ? new TeamId(id) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * How many key results a cycle's gaps hold, and how many carry each flag.
	 *
	 * @param total the key results
	 * @param stale those flagged {@link GapFlag#STALE}
	 * @param confidenceDrops those flagged {@link GapFlag#CONFIDENCE_DROP}
	 * @param offTrack those flagged {@link GapFlag#OFF_TRACK}
	 */
	public record Counts(long total, long stale, long confidenceDrops, long offTrack) {

		public long of(GapFlag flag) {
			return switch (flag) {
				case STALE -> this.stale;
				case CONFIDENCE_DROP -> this.confidenceDrops;
				case OFF_TRACK -> this.offTrack;
			};
		}

	}

	/**
	 * A page of one cycle's gaps at one moment.
	 *
	 * @param cycle the cycle
	 * @param expectedProgress the share of it passed
	 * @param counts the key results and flags of the whole cycle (or team)
	 * @param gaps the page's key results, biggest gap first
	 */
	public record CycleGaps(Cycle cycle, double expectedProgress, Counts counts, List<Gap> gaps) {

		public long total() {
			return this.counts.total();
		}

		public long count(GapFlag flag) {
			return this.counts.of(flag);
		}

	}

}
