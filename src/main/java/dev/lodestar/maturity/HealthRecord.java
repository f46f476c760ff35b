package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.CycleId;

/**
 * The figures of every closed cycle for the program's health, each kind of figure for all
 * the cycles in one grouped query: six queries however many cycles, objectives, check-ins
 * or answers there are, and only the first of them (which closed cycles there are) while
 * no other cycle has closed.
 */
@Repository
class HealthRecord {

	private static final String CLOSED = "c.phase = 'CLOSED' and o.status <> 'ARCHIVED'";

	private static final String START = "extract(epoch from cast(c.start_date as timestamp))";

	private final JdbcClient jdbc;

	/**
	 * The figures last read, with the closed cycles they are of: a closed cycle never
	 * changes, so they stay true on every instance until another cycle closes.
	 */
	private final AtomicReference<Kept> kept = new AtomicReference<>();

	HealthRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ProgramHealth read() {
		List<ProgramHealth.CycleHealth> cycles = new ArrayList<>();
		List<Row> rows = this.jdbc.sql("""
				select c.id, c.name, c.end_date from cycle c
				where c.phase = 'CLOSED' and exists (select 1 from objective o where o.cycle_id = c.id
				  and o.status <> 'ARCHIVED')
				order by c.start_date, c.id""")
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("end_date", LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return new ProgramHealth(cycles);
		}
		Kept kept = this.kept.get();
		if (kept != null && kept.cycles().equals(rows)) {
			return kept.health();
		}
		Map<UUID, Double> regularity = perCycle("""
				select k.cycle_id, avg(case when k.weeks_in >= k.weeks then 1.0 else 1.0 * k.weeks_in / k.weeks end)
				from (select o.cycle_id,
				        ceil((extract(epoch from cast(c.end_date as timestamp)) - %1$s + 86400) / 604800) as weeks,
				        (select count(distinct floor((extract(epoch from ci.created_at) - %1$s) / 604800))
				         from check_in ci where ci.key_result_id = kr.id
				         and ci.created_at >= cast(c.start_date as timestamp)) as weeks_in
				      from key_result kr join objective o on o.id = kr.objective_id join cycle c on c.id = o.cycle_id
				      where %2$s and kr.type <> 'ROLLUP') k
				group by k.cycle_id""".formatted(START, CLOSED));
		Map<UUID, Double> retrospectives = perCycle("""
				select t.cycle_id, 1.0 * sum(case when r.held_at is not null then 1 else 0 end) / count(*)
				from (select distinct o.cycle_id, o.team_id from objective o join cycle c on c.id = o.cycle_id
				      where %s and o.team_id is not null) t
				left join retrospective r on r.cycle_id = t.cycle_id and r.team_id = t.team_id
				group by t.cycle_id""".formatted(CLOSED));
		Map<UUID, Double> averageScore = new HashMap<>();
		Map<UUID, Double> committedMet = new HashMap<>();
		this.jdbc.sql("""
				select s.cycle_id, avg(s.score) as average_score,
				  sum(case when s.kind = 'COMMITTED' then 1 else 0 end) as committed,
				  sum(case when s.kind = 'COMMITTED' and s.score >= 0.95 then 1 else 0 end) as committed_met
				from (select o.cycle_id, o.id, o.kind, count(kr.id) as key_results, count(kr.score) as scored,
				        case when sum(kr.weight) > 0 then sum(kr.score * kr.weight) / sum(kr.weight) else 0 end as score
				      from objective o join cycle c on c.id = o.cycle_id join key_result kr on kr.objective_id = o.id
				      where %s
				      group by o.cycle_id, o.id, o.kind) s
				where s.key_results = s.scored
				group by s.cycle_id""".formatted(CLOSED)).query((rs, row) -> {
			UUID cycle = rs.getObject("cycle_id", UUID.class);
			averageScore.put(cycle, rs.getDouble("average_score"));
			long committed = rs.getLong("committed");
			if (committed > 0) {
				committedMet.put(cycle, (double) rs.getLong("committed_met") / committed);
			}
			return cycle;
		}).list();
		Map<UUID, Double> surveyMean = perCycle("""
				select q.cycle_id, avg(1.0 * a.rating)
				from survey_answer a join survey_question q on q.id = a.question_id join cycle c on c.id = q.cycle_id
				where c.phase = 'CLOSED' and a.rating is not null
				group by q.cycle_id""");
		Map<UUID, Double> aligned = perCycle("""
				select o.cycle_id, 1.0 * sum(case when exists (select 1 from objective_link l
				  where l.objective_id = o.id) then 1 else 0 end) / count(*)
				from objective o join cycle c on c.id = o.cycle_id
				where %s and o.team_id is not null
				group by o.cycle_id""".formatted(CLOSED));
		for (Row row : rows) {
			cycles.add(new ProgramHealth.CycleHealth(new CycleId(row.id()), row.name(), row.end(),
					regularity.get(row.id()), retrospectives.get(row.id()), averageScore.get(row.id()),
					committedMet.get(row.id()), surveyMean.get(row.id()), aligned.get(row.id())));
		}
		ProgramHealth health = new ProgramHealth(cycles);
		this.kept.set(new Kept(rows, health));
		return health;
	}

	/** A figure per cycle: the query answers the cycle's id and the figure. */
	private Map<UUID, Double> perCycle(String sql) {
		Map<UUID, Double> figures = new HashMap<>();
		this.jdbc.sql(sql).query((rs, row) -> {
			double figure = rs.getDouble(2);
			if (!rs.wasNull()) {
				figures.put(rs.getObject(1, UUID.class), figure);
			}
			return row;
		}).list();
		return figures;
	}

	private record Row(UUID id, String name, LocalDate end) {
	}

	private record Kept(List<Row> cycles, ProgramHealth health) {
	}

}
