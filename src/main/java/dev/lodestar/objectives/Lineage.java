package dev.lodestar.objectives;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;

/**
 * A key result's lineage across carry-overs: the key results it was carried from, itself,
 * and those it was carried into, oldest cycle first. One query, a recursive walk both
 * ways along {@code carried_from}, bounded to {@value #MAX_STEPS} steps each way (a chain
 * of carry-overs longer than that is cut there; a quarter a step, that is over a decade).
 */
@Component
@Transactional(readOnly = true)
public class Lineage {

	/** How many carry-overs the walk follows each way. */
	public static final int MAX_STEPS = 50;

	private final JdbcClient jdbc;

	Lineage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The chain a key result belongs to; just the key result itself when it was never
	 * carried.
	 */
	public List<Link> of(KeyResultId id) {
		return this.jdbc.sql("""
				with recursive earlier (id, step) as (
				    select carried_from, 1 from key_result where id = :id and carried_from is not null
				    union all
				    select kr.carried_from, earlier.step + 1 from key_result kr join earlier on kr.id = earlier.id
				    where kr.carried_from is not null and earlier.step < :max
				), later (id, step) as (
				    select id, -1 from key_result where carried_from = :id
				    union all
				    select kr.id, later.step - 1 from key_result kr join later on kr.carried_from = later.id
				    where later.step > -:max
				), chain (id, step) as (
				    select id, step from earlier
				    union all
				    select id, step from later
				    union all
				    select id, 0 from key_result where id = :id
				)
				select kr.id, kr.objective_id, kr.title, kr.start_value, kr.target_value, kr.current_value, kr.unit,
				       kr.type, kr.score, c.id as cycle_id, c.name as cycle_name, c.start_date, chain.step
				from chain
				join key_result kr on kr.id = chain.id
				join objective o on o.id = kr.objective_id
				join cycle c on c.id = o.cycle_id
				order by chain.step desc, c.start_date, kr.id""")
			.param("id", id.value())
			.param("max", MAX_STEPS)
			.query((rs, row) -> new Link(new KeyResultId(rs.getObject("id", UUID.class)),
					new ObjectiveId(rs.getObject("objective_id", UUID.class)), rs.getString("title"),
					KeyResultType.valueOf(rs.getString("type")), rs.getDouble("start_value"),
					rs.getDouble("target_value"), rs.getDouble("current_value"), rs.getString("unit"),
					(Double) rs.getObject("score", Double.class), new CycleId(rs.getObject("cycle_id", UUID.class)),
					rs.getString("cycle_name"), rs.getObject("start_date", LocalDate.class), rs.getInt("step")))
			.list();
	}

	/**
	 * A key result of the chain, with its cycle. {@code step} is how many carry-overs it
	 * lies before (positive) or after (negative) the key result asked about, which is 0.
	 */
	public record Link(KeyResultId id, ObjectiveId objectiveId, String title, KeyResultType type, double startValue,
			double targetValue, double currentValue, String unit, Double score, CycleId cycleId, String cycleName,
			LocalDate cycleStart, int step) {

		public double progress() {
			return KeyResult.progress(this.startValue, this.targetValue, this.currentValue);
		}

	}

}
