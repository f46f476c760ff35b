package dev.lodestar.gaps;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.objectives.KeyResultQueries.Standing;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.versions.DataVersions;
import dev.lodestar.versions.VersionedCache;

/**
 * Works out the gaps of a cycle's key results (archived objectives left out), a page at a
 * time, in one query however many there are (the objectives module's
 * {@link KeyResultQueries#standingsOf where the key results stand}): each key result
 * keeps its previous confidence, so no check-in is read. The standings are read lean,
 * counted and ordered in memory, and only the page's become {@link Gap}s (on H2 a second
 * statement that sorts or counts in the database costs as much again as reading the
 * rows). Everyone may read them: seeing where the organisation stands is the point.
 */
@Service
@Transactional(readOnly = true)
public class Gaps {

	/**
	 * What needs attention first: by {@link Gap#attention confidence} (off track, at
	 * risk, none yet, on track), then the biggest {@link Gap#gap gap}, then by title and
	 * id.
	 */
	private static Comparator<Standing> needsAttentionFirst(double expected) {
		return (one, other) -> {
			int byConfidence = Integer.compare(Gap.attention(one.confidence()), Gap.attention(other.confidence()));
			if (byConfidence != 0) {
				return byConfidence;
			}
			int byGap = Double.compare(Gap.of(other.progress(), expected, other.milestone()),
					Gap.of(one.progress(), expected, one.milestone()));
			if (byGap != 0) {
				return byGap;
			}
			int byTitle = one.title().compareTo(other.title());
			return (byTitle != 0) ? byTitle : one.id().value().compareTo(other.id().value());
		};
	}

	private final KeyResultQueries keyResults;

	private final Cycles cycles;

	private final Teams teams;

	private final Program program;

	private final Clock clock;

	private final VersionedCache<Asked, CycleGaps> kept;

	Gaps(KeyResultQueries keyResults, Cycles cycles, Teams teams, Program program, Clock clock, DataVersions versions) {
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.teams = teams;
		this.program = program;
		this.clock = clock;
		this.kept = new VersionedCache<>(versions, DataVersions.OBJECTIVES, 256);
	}

	/**
	 * One page of a cycle's key results, optionally of one team's objectives, what needs
	 * attention first (see {@link #needsAttentionFirst}), with the number of key results
	 * and of each flag in the whole cycle; an unknown team is a 400 naming
	 * {@code teamId}.
	 */
	public CycleGaps of(CycleId cycleId, TeamId teamId, long offset, int limit) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of("teamId", "is not a known team");
		}
		ProgramSettings settings = this.program.settings();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Asked asked = new Asked(cycleId, cycle.version(), teamId, offset, limit, now, settings.timeZone());
		CycleGaps found = this.kept.get(asked, () -> work(cycle, teamId, offset, limit, now, settings.timeZone()));
		return new CycleGaps(cycle, found.expectedProgress(), found.counts(), found.gaps());
	}

	/**
	 * The gaps worked out from the standings: the flags counted over all of them, the
	 * page ranked. Kept for the minute under the objectives' data version, so that views
	 * of the same page in a minute in which nothing changed share one.
	 */
	private CycleGaps work(Cycle cycle, TeamId teamId, long offset, int limit, Instant now, ZoneId zone) {
		double expected = cycle.elapsedShare(LocalDate.ofInstant(now, zone));
		Instant cycleStart = cycle.startDate().atStartOfDay(zone).toInstant();
		List<Standing> rows = new ArrayList<>(this.keyResults.standingsOf(cycle.id(), teamId));
		Map<GapFlag, Long> flagged = new EnumMap<>(GapFlag.class);
		for (Standing row : rows) {
			for (GapFlag flag : Gap.flags(row.confidence(), row.previousConfidence(), row.lastCheckInAt(), cycleStart,
					now)) {
				flagged.merge(flag, 1L, Long::sum);
			}
		}
		List<Gap> page = first(rows, offset + limit, needsAttentionFirst(expected)).stream()
			.skip(offset)
			.limit(limit)
			.map((row) -> Gap.of(row.id(), row.objectiveId(), row.objectiveTitle(), row.teamId(), row.title(),
					row.progress(), expected, row.confidence(), row.previousConfidence(), row.lastCheckInAt(),
					cycleStart, now, row.milestone()))
			.toList();
		return new CycleGaps(cycle, expected, new Counts(rows.size(), flagged), page);
	}

	/** What identifies a page of gaps, and the minute and zone it is worked out for. */
	private record Asked(CycleId cycleId, Long cycleVersion, TeamId teamId, long offset, int limit, Instant minute,
			ZoneId zone) {
	}

	/**
	 * The first {@code count} rows in order: kept in a bounded heap when they are few
	 * against all, as for a page, so most rows cost one comparison.
	 */
	private static List<Standing> first(List<Standing> rows, long count, Comparator<Standing> order) {
		if (count * 4 >= rows.size()) {
			rows.sort(order);
			return rows;
		}
		PriorityQueue<Standing> kept = new PriorityQueue<>((int) count + 1, order.reversed());
		for (Standing row : rows) {
			if (kept.size() < count) {
				kept.add(row);
			}
			else if (order.compare(row, kept.peek()) < 0) {
				kept.poll();
				kept.add(row);
			}
		}
		List<Standing> first = new ArrayList<>(kept);
		first.sort(order);
		return first;
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

	/**
	 * A page of one cycle's gaps at one moment.
	 *
	 * @param cycle the cycle
	 * @param expectedProgress the share of it passed
	 * @param counts the key results and flags of the whole cycle (or team)
	 * @param gaps the page's key results, what needs attention first
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
