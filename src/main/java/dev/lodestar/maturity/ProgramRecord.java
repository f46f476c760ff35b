package dev.lodestar.maturity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.coach.Coach;
import dev.lodestar.coach.Draft;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.organization.TeamId;

/**
 * What the closed cycles of a team, or of the organisation, show of its program: which
 * cycles it completed, and the signals of the last three. Three queries whatever the
 * number of cycles, objectives or check-ins: the closed cycles with objectives, every
 * objective of the last three with its key results (each with the number of its cycle's
 * weeks in which it got a check-in), and the retrospectives held.
 */
@Repository
class ProgramRecord {

	/** The closed cycles whose signals are read: the latest ones. */
	static final int WINDOW = 3;

	/**
	 * The objectives (alias {@code o}) a team owns, first or shared with it, for
	 * {@code :team}; both halves go through an index.
	 */
	static final String TEAM_OWNS = "o.id in (select ob.id from objective ob where ob.team_id = :team"
			+ " union all select ot.objective_id from objective_team ot where ot.team_id = :team)";

	private final JdbcClient jdbc;

	ProgramRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The closed cycles in which the team (or anyone, for {@code null}) had objectives
	 * that were not archived, newest first.
	 */
	List<ClosedCycle> closedCycles(TeamId team) {
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				select c.id, c.start_date, c.end_date from cycle c
				where c.phase = 'CLOSED' and exists (
				  select 1 from objective o where o.cycle_id = c.id and o.status <> 'ARCHIVED' and %s)
				order by c.start_date desc, c.id""".formatted((team != null) ? TEAM_OWNS : "1 = 1"));
		if (team != null) {
			statement = statement.param("team", team.value());
		}
		return statement
			.query((rs, row) -> new ClosedCycle(rs.getObject("id", UUID.class),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
			.list();
	}

	/** The signals of these closed cycles, for a team or for everyone. */
	Signals signals(TeamId team, List<ClosedCycle> cycles) {
		if (cycles.isEmpty()) {
			return Signals.NONE;
		}
		Map<UUID, ClosedCycle> byId = new HashMap<>();
		cycles.forEach((cycle) -> byId.put(cycle.id(), cycle));
		Tally tally = new Tally();
		JdbcClient.StatementSpec rows = this.jdbc.sql("""
				select o.cycle_id, o.id as objective_id, o.team_id,
				  (select count(*) from objective_team ot where ot.objective_id = o.id) as shared_with,
				  kr.id as key_result_id, kr.title, kr.type, kr.start_value, kr.target_value, kr.unit, kr.carried_from,
				  kr.metric_id,
				  kr.score, kr.weight,
				  (select count(distinct floor((extract(epoch from ci.created_at)
				     - extract(epoch from cast(c.start_date as timestamp))) / 604800))
				   from check_in ci where ci.key_result_id = kr.id
				   and ci.created_at >= cast(c.start_date as timestamp)) as weeks_checked_in
				from objective o
				join cycle c on c.id = o.cycle_id
				left join key_result kr on kr.objective_id = o.id
				where o.cycle_id in (:cycles) and o.status <> 'ARCHIVED' and %s
				order by o.id""".formatted((team != null) ? TEAM_OWNS : "1 = 1"))
			.param("cycles", List.copyOf(byId.keySet()));
		if (team != null) {
			rows = rows.param("team", team.value());
		}
		rows.query((rs, row) -> {
			UUID objective = rs.getObject("objective_id", UUID.class);
			UUID owner = rs.getObject("team_id", UUID.class);
			tally.objective(objective, owner, rs.getObject("cycle_id", UUID.class), rs.getLong("shared_with") > 0);
			if (rs.getObject("key_result_id") != null) {
				KeyResultType type = KeyResultType.valueOf(rs.getString("type"));
				double start = rs.getDouble("start_value");
				Draft.KeyResultDraft draft = new Draft.KeyResultDraft(null, rs.getString("title"), type, start,
						rs.getDouble("target_value"), rs.getString("unit"));
				Double score = rs.getObject("score") != null ? rs.getDouble("score") : null;
				// carried over or tracking a metric: it started from a known value
				boolean known = rs.getObject("carried_from") != null || rs.getObject("metric_id") != null;
				tally.keyResult(objective, draft, known, score, rs.getDouble("weight"), rs.getInt("weeks_checked_in"),
						weeks(byId.get(rs.getObject("cycle_id", UUID.class))));
			}
			return objective;
		}).list();
		return tally.signals(retrospectivesHeld(team, tally, byId.keySet(), cycles.size()));
	}

	private Double retrospectivesHeld(TeamId team, Tally tally, Set<UUID> cycles, int teamCycles) {
		if (team != null) {
			long held = this.jdbc
				.sql("select count(*) from retrospective where team_id = :team and cycle_id in (:cycles)"
						+ " and held_at is not null")
				.param("team", team.value())
				.param("cycles", List.copyOf(cycles))
				.query(Long.class)
				.single();
			return (double) held / teamCycles;
		}
		Set<String> expected = tally.teamCycles();
		if (expected.isEmpty()) {
			return null;
		}
		Set<String> held = new HashSet<>();
		this.jdbc.sql("select cycle_id, team_id from retrospective where cycle_id in (:cycles) and held_at is not null")
			.param("cycles", List.copyOf(cycles))
			.query((rs, row) -> held.add(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class)))
			.list();
		held.retainAll(expected);
		return (double) held.size() / expected.size();
	}

	/** The weeks of a cycle, the last one counted even when it is short. */
	private static int weeks(ClosedCycle cycle) {
		long days = ChronoUnit.DAYS.between(cycle.start(), cycle.end()) + 1;
		return (int) Math.max(1, (days + 6) / 7);
	}

	/**
	 * A closed cycle.
	 *
	 * @param id the cycle
	 * @param start its first day
	 * @param end its last day
	 */
	record ClosedCycle(UUID id, LocalDate start, LocalDate end) {
	}

	/** The sums the signals are worked out from, row by row. */
	private static final class Tally {

		private final Map<UUID, ObjectiveSum> objectives = new HashMap<>();

		private final Set<String> teamCycles = new HashSet<>();

		private double regularity;

		private int measured;

		private int withBaseline;

		private int outcomes;

		private int read;

		void objective(UUID id, UUID team, UUID cycle, boolean shared) {
			this.objectives.computeIfAbsent(id, (key) -> new ObjectiveSum(team != null, shared));
			if (team != null) {
				this.teamCycles.add(cycle + "/" + team);
			}
		}

		void keyResult(UUID objective, Draft.KeyResultDraft draft, boolean known, Double score, double weight,
				int weeksCheckedIn, int weeks) {
			this.objectives.get(objective).add(score, weight);
			if (draft.type() == KeyResultType.ROLLUP) {
				return;
			}
			this.measured++;
			this.regularity += Math.min(1.0, (double) weeksCheckedIn / weeks);
			boolean measuredStart = (draft.type() == KeyResultType.METRIC || draft.type() == KeyResultType.PERCENTAGE)
					&& draft.startValue() != 0;
			this.withBaseline += (known || measuredStart) ? 1 : 0;
			Boolean outcome = Coach.readsAsOutcome(draft);
			if (outcome != null) {
				this.read++;
				this.outcomes += outcome ? 1 : 0;
			}
		}

		Set<String> teamCycles() {
			return this.teamCycles;
		}

		Signals signals(Double retrospectivesHeld) {
			List<ObjectiveSum> ofTeams = this.objectives.values().stream().filter(ObjectiveSum::ofATeam).toList();
			List<Double> scores = new ArrayList<>();
			this.objectives.values().forEach((objective) -> {
				Double score = objective.score();
				if (score != null) {
					scores.add(score);
				}
			});
			return new Signals(share(this.regularity, this.measured), share(this.withBaseline, this.measured),
					share(this.outcomes, this.read),
					share(ofTeams.stream().filter(ObjectiveSum::shared).count(), ofTeams.size()), retrospectivesHeld,
					spread(scores));
		}

		private static Double share(double part, long whole) {
			return (whole == 0) ? null : part / whole;
		}

		private static Double spread(List<Double> scores) {
			if (scores.size() < 2) {
				return null;
			}
			double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			double variance = scores.stream().mapToDouble((score) -> (score - mean) * (score - mean)).sum()
					/ scores.size();
			return Math.sqrt(variance);
		}

	}

	/**
	 * An objective's key results, for its score: the weighted mean once all are scored.
	 */
	private static final class ObjectiveSum {

		private final boolean ofATeam;

		private final boolean shared;

		private int keyResults;

		private int scored;

		private double weighted;

		private double weights;

		ObjectiveSum(boolean ofATeam, boolean shared) {
			this.ofATeam = ofATeam;
			this.shared = shared;
		}

		void add(Double score, double weight) {
			this.keyResults++;
			if (score != null) {
				this.scored++;
				this.weighted += score * weight;
				this.weights += weight;
			}
		}

		boolean ofATeam() {
			return this.ofATeam;
		}

		boolean shared() {
			return this.shared;
		}

		Double score() {
			if (this.keyResults == 0 || this.scored < this.keyResults) {
				return null;
			}
			return (this.weights <= 0) ? 0.0 : this.weighted / this.weights;
		}

	}

}
