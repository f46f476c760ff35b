package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.versions.DataVersions;
import dev.lodestar.versions.VersionedCache;

/**
 * What other features read of key results: those waiting for a check-in, where a cycle's
 * key results stand, how its teams stand against what is expected, which moved in some
 * days, and a cycle's objectives with their key results' check-in figures. Each is one
 * query however many key results there are, and each leaves archived objectives out. The
 * teams' standing is added up from one row per objective that the key results' writes
 * keep up to date ({@code objective_figures}, by database triggers). The three reads that
 * the company and gaps pages make of a whole cycle (standings, paces, changes) are kept
 * under the objectives' data version, so that they are read once per change rather than
 * once per view.
 */
@Component
@Transactional(readOnly = true)
public class KeyResultQueries {

	private static final long WEEK_SECONDS = 7L * 24 * 60 * 60;

	private static final String WAITING = """
			select p.id as person_id, p.name, p.email,
			kr.id as key_result_id, kr.title as key_result_title, o.title as objective_title
			from key_result kr
			join objective o on o.id = kr.objective_id
			join cycle c on c.id = o.cycle_id
			join person p on p.id = kr.owner_id
			where c.phase = 'EXECUTE' and o.status <> 'ARCHIVED' and p.role <> 'VIEWER' and kr.type <> 'ROLLUP'
			and (kr.last_check_in_at is null or kr.last_check_in_at < :since)
			order by p.id, c.start_date, o.created_at, o.id, kr.created_at, kr.id""";

	private static final String STANDINGS = """
			select kr.id, kr.objective_id, o.title as objective_title, o.team_id, kr.title, kr.start_value,
			kr.target_value, kr.current_value, kr.confidence, kr.previous_confidence, kr.last_check_in_at, kr.type
			from key_result kr join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' and kr.type <> 'ROLLUP'""";

	private static final String MOVED = """
			select kr.id, kr.title, kr.type, kr.start_value, kr.target_value, kr.unit,
			  (select b.new_value from check_in b where b.key_result_id = kr.id and b.created_at < :start
			   order by b.created_at desc, b.id desc fetch first 1 rows only) as before_value,
			  (select a.new_value from check_in a where a.key_result_id = kr.id and a.created_at < :end
			   order by a.created_at desc, a.id desc fetch first 1 rows only) as after_value,
			  (select max(m.created_at) from check_in m where m.key_result_id = kr.id
			   and m.created_at >= :start and m.created_at < :end) as moved_at
			from key_result kr join objective o on o.id = kr.objective_id
			where %s and o.status <> 'ARCHIVED' and exists (select 1 from check_in c
			  where c.key_result_id = kr.id and c.created_at >= :start and c.created_at < :end)
			order by moved_at, kr.id""".formatted(ObjectiveTeams.ownedBy("o", "team"));

	private static final String CHECKED_IN = """
			select o.id as objective_id, o.title as objective_title, o.kind, o.team_id, o.shared_with,
			t.name as team_name,
			kr.id, kr.title, kr.owner_id, p.name as owner_name, kr.type, kr.start_value, kr.target_value,
			kr.current_value, kr.unit, kr.weight, kr.confidence, kr.score, kr.carried_from,
			(select count(distinct floor(cast(extract(epoch from c.created_at) - :startEpoch as double precision) / :week)) from check_in c
			 where c.key_result_id = kr.id and c.created_at >= :from and c.created_at < :until) as weeks_checked_in,
			(select c.confidence from check_in c where c.key_result_id = kr.id and c.created_at < :cutoff
			 order by c.created_at desc, c.id desc limit 1) as confidence_at_cutoff
			from objective o
			left join team t on t.id = o.team_id
			left join key_result kr on kr.objective_id = o.id
			left join person p on p.id = kr.owner_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'""";

	// The bands are summed over the teams' rows, each objective counted
	// once (with its first owner), not joined in as an aggregate of their
	// own: H2 evaluates such a join again for every team whenever writes
	// went on since, seconds per read.
	private static final String PACES = """
			with owned as (
			  select o.id, o.team_id, 1 as counted from objective o
			  where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'
			  union all
			  select o.id, ot.team_id, 0 as counted from objective_team ot join objective o on o.id = ot.objective_id
			  where o.cycle_id = :cycleId and o.status <> 'ARCHIVED'),
			paces as (
			  select w.team_id, count(*) as objectives,
			  avg(case when f.weight > 0 then f.weighted_progress / f.weight else 0 end) as progress,
			  avg(case when f.weight > 0
			    then (:share * (f.weight - f.milestone_weight) + :over * f.milestone_weight) / f.weight
			    else 0 end) as expected,
			  sum(coalesce(f.confidence_sum, 0)) as confidence_sum,
			  sum(coalesce(f.confidence_count, 0)) as confidence_count,
			  sum(w.counted * coalesce(f.on_track, 0)) as on_track, sum(w.counted * coalesce(f.at_risk, 0)) as at_risk,
			  sum(w.counted * coalesce(f.off_track, 0)) as off_track, sum(w.counted * coalesce(f.unrated, 0)) as unrated
			  from owned w left join objective_figures f on f.objective_id = w.id
			  group by w.team_id)
			select p.team_id, p.objectives, p.progress, p.expected, p.confidence_sum, p.confidence_count,
			case when p.team_id is null then 'Company-wide' else coalesce(t.name, 'A removed team') end as name,
			count(*) over () as rows_in_all, sum(p.on_track) over () as on_track, sum(p.at_risk) over () as at_risk,
			sum(p.off_track) over () as off_track, sum(p.unrated) over () as unrated
			from paces p left join team t on t.id = p.team_id
			order by p.progress - p.expected, lower(name), p.team_id
			fetch first :limit rows only""";

	private static final String CHANGED = """
			select m.*,
			  (select b.new_value from check_in b where b.key_result_id = m.id and b.created_at < :start
			   order by b.created_at desc, b.id desc fetch first 1 rows only) as before_value,
			  (select b.confidence from check_in b where b.key_result_id = m.id and b.created_at < :start
			   order by b.created_at desc, b.id desc fetch first 1 rows only) as before_confidence
			from (select kr.id, kr.title, kr.type, kr.start_value, kr.target_value, kr.current_value, kr.unit,
			  kr.confidence, o.team_id
			  from key_result kr join objective o on o.id = kr.objective_id
			  where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' and kr.type <> 'ROLLUP'
			  and kr.last_check_in_at >= :start
			  order by kr.last_check_in_at desc, kr.id fetch first 200 rows only) m""";

	private final JdbcClient jdbc;

	private final VersionedCache<Paces, CyclePaces> paces;

	private final VersionedCache<Standings, List<Standing>> standings;

	private final VersionedCache<Changes, List<Change>> changes;

	KeyResultQueries(JdbcClient jdbc, DataVersions versions) {
		this.jdbc = jdbc;
		this.paces = new VersionedCache<>(versions, DataVersions.OBJECTIVES, 8);
		this.standings = new VersionedCache<>(versions, DataVersions.OBJECTIVES, 256);
		this.changes = new VersionedCache<>(versions, DataVersions.OBJECTIVES, 8);
	}

	/**
	 * The key results of cycles in execute with no check-in since {@code since}, owned by
	 * someone who may check in (viewers left out; roll-ups, which take no check-ins,
	 * too); by owner, then in the order of their cycles, objectives and key results. One
	 * query.
	 */
	public List<Waiting> waitingForCheckIn(Instant since) {
		return this.jdbc.sql(WAITING)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Waiting(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("name"),
					rs.getString("email"), new KeyResultId(rs.getObject("key_result_id", UUID.class)),
					rs.getString("key_result_title"), rs.getString("objective_title")))
			.list();
	}

	/**
	 * Where the key results of a cycle stand, optionally only those of one team's
	 * objectives, in no particular order; roll-ups, which follow what contributes to them
	 * and take no check-ins, are left out. One query, or none but the objectives' version
	 * while no objective, key result, check-in or link has changed since the last time.
	 */
	public List<Standing> standingsOf(CycleId cycleId, TeamId teamId) {
		return this.standings.get(new Standings(cycleId, teamId), () -> readStandings(cycleId, teamId));
	}

	private List<Standing> readStandings(CycleId cycleId, TeamId teamId) {
		return this.jdbc.sql((teamId != null) ? STANDINGS + " and " + ObjectiveTeams.ownedBy("o", "teamId") : STANDINGS)
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.query((rs, row) -> new Standing(new KeyResultId(rs.getObject(1, UUID.class)),
					new ObjectiveId(rs.getObject(2, UUID.class)), rs.getString(3), teamId(rs.getObject(4, UUID.class)),
					rs.getString(5), KeyResult.progress(rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)),
					rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), instant(rs.getTimestamp(11)),
					KeyResultType.MILESTONE.name().equals(rs.getString(12))))
			.list()
			.stream()
			.toList();
	}

	/**
	 * The key results of a team's objectives checked in from {@code start} to before
	 * {@code end}, each with its value before and at the end of that time, by their last
	 * check-in in it. One query.
	 */
	public List<Moved> movedBetween(TeamId teamId, Instant start, Instant end) {
		return this.jdbc.sql(MOVED)
			.param("team", teamId.value())
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs, row) -> {
				double startValue = rs.getDouble("start_value");
				double before = rs.getDouble("before_value");
				boolean none = rs.wasNull();
				return new Moved(new KeyResultId(rs.getObject("id", UUID.class)), rs.getString("title"),
						KeyResultType.valueOf(rs.getString("type")), startValue, rs.getDouble("target_value"),
						rs.getString("unit"), none ? startValue : before, rs.getDouble("after_value"),
						rs.getTimestamp("moved_at").toInstant());
			})
			.list();
	}

	/**
	 * The objectives of a cycle (optionally one team's) in the order they were written,
	 * each with its key results and their check-in figures: in how many of the weeks from
	 * {@code from} (in sevens of days) to before {@code until} each got a check-in, and
	 * its latest confidence given before {@code cutoff}. One query.
	 */
	public List<CycleObjective> checkedInOf(CycleId cycleId, TeamId teamId, Instant from, Instant until,
			Instant cutoff) {
		Map<ObjectiveId, CycleObjective> objectives = new LinkedHashMap<>();
		this.jdbc
			.sql(CHECKED_IN + ((teamId != null) ? " and " + ObjectiveTeams.ownedBy("o", "teamId") : "")
					+ " order by o.created_at, o.id, kr.created_at, kr.id")
			.param("cycleId", cycleId.value())
			.param("teamId", (teamId != null) ? teamId.value() : null)
			.param("startEpoch", from.getEpochSecond())
			.param("week", WEEK_SECONDS)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.param("cutoff", Timestamp.from(cutoff))
			.query((RowCallbackHandler) (rs) -> {
				ObjectiveId objectiveId = new ObjectiveId(rs.getObject("objective_id", UUID.class));
				CycleObjective objective = objectives.get(objectiveId);
				if (objective == null) {
					objective = new CycleObjective(objectiveId, rs.getString("objective_title"),
							ObjectiveKind.valueOf(rs.getString("kind")), teamId(rs.getObject("team_id", UUID.class)),
							rs.getString("team_name"), SharedTeams.fromColumn(rs.getString("shared_with")),
							new ArrayList<>());
					objectives.put(objectiveId, objective);
				}
				if (rs.getObject("id") != null) {
					objective.keyResults().add(checkedIn(rs));
				}
			});
		return objectives.values()
			.stream()
			.map((one) -> new CycleObjective(one.id(), one.title(), one.kind(), one.teamId(), one.teamName(),
					one.sharedWith(), List.copyOf(one.keyResults())))
			.toList();
	}

	/**
	 * How the teams of a cycle stand against what is expected once {@code elapsedShare}
	 * of it has passed (archived objectives left out): the {@code limit} furthest behind
	 * (their progress less their expected progress, then by name), the company-wide
	 * objectives counted as one more team, with the number of all of them and how many
	 * key results stand in each confidence band. Added up in the database from one row
	 * per objective that the key results' writes keep ({@code objective_figures}), so one
	 * statement reads as many rows as are shown; none but the objectives' version while
	 * nothing of them has changed since the last time.
	 */
	public CyclePaces pacesOf(CycleId cycleId, double elapsedShare, int limit) {
		return this.paces.get(new Paces(cycleId, elapsedShare, limit), () -> readPaces(cycleId, elapsedShare, limit));
	}

	private CyclePaces readPaces(CycleId cycleId, double elapsedShare, int limit) {
		List<TeamPace> teams = new ArrayList<>();
		Map<ConfidenceBand, Long> bands = new EnumMap<>(ConfidenceBand.class);
		int[] teamCount = { 0 };
		this.jdbc.sql(PACES)
			.param("cycleId", cycleId.value())
			.param("share", Pace.expected(KeyResultType.METRIC, elapsedShare))
			.param("over", Pace.expected(KeyResultType.MILESTONE, elapsedShare))
			.param("limit", limit)
			.query((RowCallbackHandler) (rs) -> {
				long rated = rs.getLong("confidence_count");
				teams.add(new TeamPace(teamId(rs.getObject("team_id", UUID.class)), rs.getString("name"),
						rs.getInt("objectives"), rs.getDouble("progress"), rs.getDouble("expected"),
						(rated > 0) ? rs.getLong("confidence_sum") / (double) rated : null));
				// every row carries the totals of all of them
				teamCount[0] = rs.getInt("rows_in_all");
				bands.put(ConfidenceBand.ON_TRACK, rs.getLong("on_track"));
				bands.put(ConfidenceBand.AT_RISK, rs.getLong("at_risk"));
				bands.put(ConfidenceBand.OFF_TRACK, rs.getLong("off_track"));
				bands.put(ConfidenceBand.UNKNOWN, rs.getLong("unrated"));
			});
		for (ConfidenceBand band : ConfidenceBand.values()) {
			bands.putIfAbsent(band, 0L);
		}
		return new CyclePaces(List.copyOf(teams), teamCount[0], bands);
	}

	/**
	 * The key results of a cycle (roll-ups and archived objectives left out) checked in
	 * since {@code start}, each with its value and confidence before then and now: the
	 * 200 checked in last, so that a large organisation's week (9,000 key results in the
	 * benchmark) does not look up the value before of every one. {@code start} counts
	 * from the beginning of its minute, so that the views of a minute share one read;
	 * while nothing changed, the read is kept (see {@link #standingsOf}).
	 */
	public List<Change> changedSince(CycleId cycleId, Instant start) {
		Instant minute = start.truncatedTo(ChronoUnit.MINUTES);
		return this.changes.get(new Changes(cycleId, minute), () -> readChanges(cycleId, minute));
	}

	private List<Change> readChanges(CycleId cycleId, Instant start) {
		return this.jdbc.sql(CHANGED)
			.param("cycleId", cycleId.value())
			.param("start", Timestamp.from(start))
			.query((rs, row) -> {
				double startValue = rs.getDouble("start_value");
				Double before = rs.getObject("before_value", Double.class);
				return new Change(new KeyResultId(rs.getObject("id", UUID.class)), rs.getString("title"),
						KeyResultType.valueOf(rs.getString("type")), teamId(uuid(rs, "team_id")), startValue,
						rs.getDouble("target_value"), rs.getString("unit"), (before != null) ? before : startValue,
						rs.getDouble("current_value"), rs.getObject("before_confidence", Integer.class),
						rs.getObject("confidence", Integer.class));
			})
			.list()
			.stream()
			.toList();
	}

	private static UUID uuid(ResultSet rs, String column) {
		try {
			return rs.getObject(column, UUID.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CheckedIn checkedIn(ResultSet rs) throws SQLException {
		UUID carried = rs.getObject("carried_from", UUID.class);
		return new CheckedIn(new KeyResultId(rs.getObject("id", UUID.class)), rs.getString("title"),
				new PersonId(rs.getObject("owner_id", UUID.class)), rs.getString("owner_name"),
				KeyResultType.valueOf(rs.getString("type")), rs.getDouble("start_value"), rs.getDouble("target_value"),
				rs.getDouble("current_value"), rs.getString("unit"), rs.getDouble("weight"),
				rs.getObject("score", Double.class), rs.getObject("confidence", Integer.class),
				(carried != null) ? new KeyResultId(carried) : null, rs.getInt("weeks_checked_in"),
				rs.getObject("confidence_at_cutoff", Integer.class));
	}

	private static TeamId teamId(UUID id) {
		return (id != null) ? new TeamId(id) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A key result waiting for a check-in, with its owner and its objective's title.
	 */
	public record Waiting(PersonId ownerId, String ownerName, String ownerEmail, KeyResultId id, String title,
			String objectiveTitle) {
	}

	/**
	 * Where a key result stands.
	 *
	 * @param teamId the team of its objective, or {@code null} for a company-wide one
	 * @param confidence its latest confidence, or {@code null} before any check-in
	 * @param previousConfidence the confidence before the latest, or {@code null}
	 * @param lastCheckInAt its latest check-in, or {@code null}
	 * @param milestone whether it is a milestone (done or not, due by the cycle's end)
	 */
	public record Standing(KeyResultId id, ObjectiveId objectiveId, String objectiveTitle, TeamId teamId, String title,
			double progress, Integer confidence, Integer previousConfidence, Instant lastCheckInAt, boolean milestone) {
	}

	/**
	 * A key result checked in during some time.
	 *
	 * @param before its value before that time (its start value when it had no check-in)
	 * @param after its value at the end of that time
	 * @param at its last check-in in that time
	 */
	public record Moved(KeyResultId id, String title, KeyResultType type, double startValue, double targetValue,
			String unit, double before, double after, Instant at) {
	}

	/**
	 * How a cycle's teams stand.
	 *
	 * @param teams the teams furthest behind, at most as many as asked for
	 * @param teamCount every team with objectives in the cycle (the company-wide
	 * objectives one of them)
	 * @param confidence how many key results stand in each confidence band, roll-ups left
	 * out
	 */
	public record CyclePaces(List<TeamPace> teams, int teamCount, Map<ConfidenceBand, Long> confidence) {
	}

	/**
	 * How a team's objectives in a cycle stand.
	 *
	 * @param teamId the team, or {@code null} for the company-wide objectives
	 * @param name the team's name ("Company-wide" for those)
	 * @param objectives how many objectives it owns in the cycle, shared ones too
	 * @param progress the mean progress of its objectives
	 * @param expected the mean progress expected of them ({@link Pace})
	 * @param meanConfidence the mean confidence of its rated key results, or {@code null}
	 */
	public record TeamPace(TeamId teamId, String name, int objectives, double progress, double expected,
			Double meanConfidence) {
	}

	/**
	 * A key result checked in lately.
	 *
	 * @param teamId its objective's first team, or {@code null} for a company-wide one
	 * @param before its value before (its start value when it had no check-in before)
	 * @param now its value now
	 * @param confidenceBefore its confidence before, or {@code null} when it had none
	 * @param confidenceNow its confidence now
	 */
	public record Change(KeyResultId id, String title, KeyResultType type, TeamId teamId, double startValue,
			double targetValue, String unit, double before, double now, Integer confidenceBefore,
			Integer confidenceNow) {

		/** How far its progress moved, from -1.0 to 1.0. */
		public double progressMoved() {
			return KeyResult.progress(this.startValue, this.targetValue, this.now)
					- KeyResult.progress(this.startValue, this.targetValue, this.before);
		}

		/** How far its confidence moved; 0 when it had none before. */
		public int confidenceMoved() {
			return (this.confidenceBefore != null && this.confidenceNow != null)
					? this.confidenceNow - this.confidenceBefore : 0;
		}

		/** Whether its value or confidence changed at all. */
		public boolean changed() {
			return this.before != this.now || !java.util.Objects.equals(this.confidenceBefore, this.confidenceNow);
		}

	}

	/**
	 * An objective of a cycle with its key results, in the order they were written.
	 *
	 * @param teamId its team, or {@code null} for a company-wide one
	 * @param teamName its team's name, or {@code null}
	 * @param sharedWith the other teams that own it, when it is shared
	 */
	public record CycleObjective(ObjectiveId id, String title, ObjectiveKind kind, TeamId teamId, String teamName,
			SharedTeams sharedWith, List<CheckedIn> keyResults) {
	}

	/**
	 * A key result with its check-in figures.
	 *
	 * @param weeksCheckedIn the weeks counted in which it got at least one check-in
	 * @param confidenceAtCutoff its latest confidence given before the cut-off, or
	 * {@code null}
	 */
	public record CheckedIn(KeyResultId id, String title, PersonId ownerId, String ownerName, KeyResultType type,
			double startValue, double targetValue, double currentValue, String unit, double weight, Double score,
			Integer confidence, KeyResultId carriedFrom, int weeksCheckedIn, Integer confidenceAtCutoff) {
	}

	/** What identifies a read of paces: a cycle, the share of it passed, how many. */
	private record Paces(CycleId cycleId, double elapsedShare, int limit) {
	}

	/** What identifies a read of standings: a cycle, and a team or {@code null}. */
	private record Standings(CycleId cycleId, TeamId teamId) {
	}

	/**
	 * What identifies a read of changes: a cycle and the minute they are counted from.
	 */
	private record Changes(CycleId cycleId, Instant since) {
	}

}
