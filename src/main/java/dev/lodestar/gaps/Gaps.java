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
 * Works out the gaps of a cycle's key results (archived objectives left out), in one
 * query however many there are: each key result keeps its previous confidence, so no
 * check-in is read. Everyone may read them: seeing where the organisation stands is the
 * point.
 */
@Service
@Transactional(readOnly = true)
public class Gaps {

	private static final String SQL = """
			select kr.id, kr.objective_id, o.title as objective_title, o.team_id, kr.title, kr.start_value,
			kr.target_value, kr.current_value, kr.confidence, kr.previous_confidence, kr.last_check_in_at
			from key_result kr join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

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
	 * Every key result of a cycle, optionally of one team's objectives, biggest gap
	 * first; an unknown team is a 400 naming {@code teamId}.
	 */
	public CycleGaps of(CycleId cycleId, TeamId teamId) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of("teamId", "is not a known team");
		}
		ProgramSettings settings = this.program.settings();
		Instant now = this.clock.instant();
		double expected = cycle.elapsedShare(LocalDate.ofInstant(now, settings.timeZone()));
		Instant cycleStart = cycle.startDate().atStartOfDay(settings.timeZone()).toInstant();
		List<Gap> gaps = this.jdbc.sql((teamId != null) ? SQL + " and o.team_id = :teamId" : SQL)
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.query((rs, row) -> Gap.of(new KeyResultId(rs.getObject("id", UUID.class)),
					new ObjectiveId(rs.getObject("objective_id", UUID.class)), rs.getString("objective_title"),
					teamOf(rs.getObject("team_id", UUID.class)), rs.getString("title"),
					KeyResult.progress(rs.getDouble("start_value"), rs.getDouble("target_value"),
							rs.getDouble("current_value")),
					expected, rs.getObject("confidence", Integer.class),
					rs.getObject("previous_confidence", Integer.class), instant(rs.getTimestamp("last_check_in_at")),
					cycleStart, now))
			.list()
			.stream()
			.sorted(Gap.BIGGEST_FIRST)
			.toList();
		return new CycleGaps(cycle, expected, gaps);
	}

	private static TeamId teamOf(UUID id) {
		return (id != null) ? new TeamId(id) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * The gaps of one cycle at one moment.
	 *
	 * @param cycle the cycle
	 * @param expectedProgress the share of it passed
	 * @param gaps its key results, biggest gap first
	 */
	public record CycleGaps(Cycle cycle, double expectedProgress, List<Gap> gaps) {

		public long count(GapFlag flag) {
			return this.gaps.stream().filter((gap) -> gap.has(flag)).count();
		}

	}

}
