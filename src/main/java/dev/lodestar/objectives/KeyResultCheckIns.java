package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * A key result's row as a check-in reads and writes it, in explicit SQL: locked, read
 * with its objective and cycle in one statement, and written back with only what a
 * check-in changes (the value, confidence, time of the last check-in and a score that
 * follows the progress), with the version counted up as every other change does.
 */
@Repository
class KeyResultCheckIns {

	private final JdbcClient jdbc;

	KeyResultCheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the key result until the transaction ends, so that check-ins sent at the same
	 * moment follow one another; {@code false} when there is no such key result. The
	 * statement is kept short: H2 plans a {@code for update} afresh every time.
	 */
	boolean lock(KeyResultId id) {
		return !this.jdbc.sql("select id from key_result where id = ? for update")
			.param(id.value())
			.query(UUID.class)
			.list()
			.isEmpty();
	}

	/**
	 * The key result with its objective and cycle, in one statement: what a check-in
	 * checks and changes, read once it holds the lock.
	 */
	Optional<InCycle> read(KeyResultId id) {
		return this.jdbc
			.sql("""
					select kr.id, kr.objective_id, kr.title, kr.owner_id, kr.type, kr.start_value, kr.target_value,
					kr.current_value, kr.unit, kr.weight, kr.confidence, kr.last_check_in_at, kr.score, kr.score_reason,
					kr.carried_from, kr.metric_id, kr.created_at, kr.version,
					o.cycle_id as o_cycle_id, o.team_id as o_team_id, o.shared_with as o_shared_with, o.title as o_title, o.description as o_description,
					o.kind as o_kind, o.status as o_status, o.carried_from as o_carried_from,
					o.score_reason as o_score_reason, o.dropped_reason as o_dropped_reason, o.created_at as o_created_at,
					o.version as o_version, c.name as c_name, c.start_date as c_start_date, c.end_date as c_end_date,
					c.phase as c_phase, c.created_at as c_created_at, c.version as c_version
					from key_result kr join objective o on o.id = kr.objective_id join cycle c on c.id = o.cycle_id
					where kr.id = ?""")
			.param(id.value())
			.query((row, number) -> {
				KeyResult keyResult = keyResult(row);
				Objective objective = objective(row, keyResult.objectiveId());
				return new InCycle(keyResult, objective, cycle(row, objective.cycleId()));
			})
			.optional();
	}

	/**
	 * Stores what a check-in changed of a key result read with {@link #read} under its
	 * {@link #lock}; answers it with its new version. When the check-in is the key
	 * result's {@code latest}, {@code previousConfidence} (the confidence of the one
	 * before it, {@code null} when there was none) is noted too; a check-in dated in the
	 * past leaves it.
	 */
	KeyResult store(KeyResult checkedIn, boolean latest, Integer previousConfidence) {
		long next = checkedIn.version() + 1;
		String previous = latest ? ", previous_confidence = ?" : "";
		List<Object> params = new ArrayList<>(List.of(checkedIn.currentValue()));
		params.add(checkedIn.confidence());
		params.add(utc(checkedIn.lastCheckInAt()));
		params.add(checkedIn.score());
		params.add(checkedIn.scoreReason());
		params.add(next);
		if (latest) {
			params.add(previousConfidence);
		}
		params.add(checkedIn.id().value());
		params.add(checkedIn.version());
		int updated = this.jdbc
			.sql("update key_result set current_value = ?, confidence = ?, last_check_in_at = ?,"
					+ " score = ?, score_reason = ?, version = ?" + previous + " where id = ? and version = ?")
			.params(params)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("The key result " + checkedIn.id() + " changed meanwhile");
		}
		return new KeyResult(checkedIn.id(), checkedIn.objectiveId(), checkedIn.title(), checkedIn.ownerId(),
				checkedIn.type(), checkedIn.startValue(), checkedIn.targetValue(), checkedIn.currentValue(),
				checkedIn.unit(), checkedIn.weight(), checkedIn.confidence(), checkedIn.lastCheckInAt(),
				checkedIn.score(), checkedIn.scoreReason(), checkedIn.carriedFrom(), checkedIn.metricId(),
				checkedIn.createdAt(), next);
	}

	private static KeyResult keyResult(ResultSet row) throws SQLException {
		UUID carriedFrom = row.getObject("carried_from", UUID.class);
		UUID metric = row.getObject("metric_id", UUID.class);
		return new KeyResult(new KeyResultId(row.getObject("id", UUID.class)),
				new ObjectiveId(row.getObject("objective_id", UUID.class)), row.getString("title"),
				new PersonId(row.getObject("owner_id", UUID.class)), KeyResultType.valueOf(row.getString("type")),
				row.getDouble("start_value"), row.getDouble("target_value"), row.getDouble("current_value"),
				row.getString("unit"), row.getDouble("weight"), row.getObject("confidence", Integer.class),
				instant(row, "last_check_in_at"), row.getObject("score", Double.class), row.getString("score_reason"),
				(carriedFrom != null) ? new KeyResultId(carriedFrom) : null,
				(metric != null) ? new MetricId(metric) : null, instant(row, "created_at"), row.getLong("version"));
	}

	private static Objective objective(ResultSet row, ObjectiveId id) throws SQLException {
		UUID team = row.getObject("o_team_id", UUID.class);
		UUID carriedFrom = row.getObject("o_carried_from", UUID.class);
		return new Objective(id, new CycleId(row.getObject("o_cycle_id", UUID.class)),
				(team != null) ? new TeamId(team) : null, SharedTeams.fromColumn(row.getString("o_shared_with")),
				row.getString("o_title"), row.getString("o_description"),
				ObjectiveKind.valueOf(row.getString("o_kind")), ObjectiveStatus.valueOf(row.getString("o_status")),
				(carriedFrom != null) ? new ObjectiveId(carriedFrom) : null, row.getString("o_score_reason"),
				row.getString("o_dropped_reason"), instant(row, "o_created_at"), row.getLong("o_version"));
	}

	private static Cycle cycle(ResultSet row, CycleId id) throws SQLException {
		return new Cycle(id, row.getString("c_name"), row.getObject("c_start_date", LocalDate.class),
				row.getObject("c_end_date", LocalDate.class), Phase.valueOf(row.getString("c_phase")),
				instant(row, "c_created_at"), row.getLong("c_version"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * A key result with the objective it belongs to and the cycle that is in.
	 */
	record InCycle(KeyResult keyResult, Objective objective, Cycle cycle) {
	}

}
