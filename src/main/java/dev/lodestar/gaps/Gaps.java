package dev.lodestar.gaps;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
 * time, in one query however many there are: each key result keeps its previous
 * confidence, so no check-in is read. The rows are read lean, counted and ordered in
 * memory, and only the page's become {@link Gap}s (on H2 a second statement that sorts or
 * counts in the database costs as much again as reading the rows). Everyone may read
 * them: seeing where the organisation stands is the point.
 */
@Service
@Transactional(readOnly = true)
public class Gaps {

	private static final String SQL = """
			select kr.id, kr.objective_id, o.title as objective_title, o.team_id, kr.title, kr.start_value,
			kr.target_value, kr.current_value, kr.confidence, kr.previous_confidence, kr.last_check_in_at
			from key_result kr join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

	/** Biggest gap (the least progress) first; equal gaps by title, then id. */
	private static final Comparator<Row> BIGGEST_FIRST = (one, other) -> {
		int byProgress = Double.compare(one.progress, other.progress);
		if (byProgress != 0) {
			return byProgress;
		}
		int byTitle = one.title.compareTo(other.title);
		return (byTitle != 0) ? byTitle : one.id.compareTo(other.id);
	};

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
		List<Row> rows = new ArrayList<>(this.jdbc.sql((teamId != null) ? SQL + " and o.team_id = :teamId" : SQL)
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5),
					KeyResult.progress(rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)),
					rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), instant(rs.getTimestamp(11))))
			.list());
		Map<GapFlag, Long> flagged = new EnumMap<>(GapFlag.class);
		for (Row row : rows) {
			for (GapFlag flag : Gap.flags(row.confidence, row.previousConfidence, row.lastCheckInAt, cycleStart, now)) {
				flagged.merge(flag, 1L, Long::sum);
			}
		}
		List<Gap> page = first(rows, offset + limit).stream()
			.skip(offset)
			.limit(limit)
			.map((row) -> Gap.of(new KeyResultId(row.id), new ObjectiveId(row.objectiveId), row.objectiveTitle,
					teamOf(row.teamId), row.title, row.progress, expected, row.confidence, row.previousConfidence,
					row.lastCheckInAt, cycleStart, now))
			.toList();
		return new CycleGaps(cycle, expected, new Counts(rows.size(), flagged), page);
	}

	/**
	 * The first {@code count} rows in order: kept in a bounded heap when they are few
	 * against all, as for a page, so most rows cost one comparison.
	 */
	private static List<Row> first(List<Row> rows, long count) {
		if (count * 4 >= rows.size()) {
			rows.sort(BIGGEST_FIRST);
			return rows;
		}
		PriorityQueue<Row> kept = new PriorityQueue<>((int) count + 1, BIGGEST_FIRST.reversed());
		for (Row row : rows) {
			if (kept.size() < count) {
				kept.add(row);
			}
			else if (BIGGEST_FIRST.compare(row, kept.peek()) < 0) {
				kept.poll();
				kept.add(row);
			}
		}
		List<Row> first = new ArrayList<>(kept);
		first.sort(BIGGEST_FIRST);
		return first;
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
	 * @param flagged the key results carrying each flag (a flag none carries is left out)
	 */
	public record Counts(long total, Map<GapFlag, Long> flagged) {

		public Counts {
			flagged = Map.copyOf(flagged);
		}

		public long of(GapFlag flag) {
			return this.flagged.getOrDefault(flag, 0L);
		}

	}

	private record Row(UUID id, UUID objectiveId, String objectiveTitle, UUID teamId, String title, double progress,
			Integer confidence, Integer previousConfidence, Instant lastCheckInAt) {

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
