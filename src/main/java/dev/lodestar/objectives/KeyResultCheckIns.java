package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * A key result's row as a check-in reads and writes it, in explicit SQL: read under the
 * row's lock in one statement, its objective and cycle in another, and written back with
 * only what a check-in changes (the value, confidence, time of the last check-in and a
 * score that follows the progress), with the version counted up as every other change
 * does.
 */
@Repository
class KeyResultCheckIns {

	private final JdbcClient jdbc;

	KeyResultCheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key result, locked until the transaction ends, so that check-ins sent at the
	 * same moment follow one another.
	 */
	Optional<KeyResult> lock(KeyResultId id) {
		return this.jdbc.sql("""
				select id, objective_id, title, owner_id, type, start_value, target_value, current_value, unit, weight,
				confidence, last_check_in_at, score, score_reason, carried_from, created_at, version
				from key_result where id = ? for update""")
			.param(id.value())
			.query(KeyResultCheckIns::keyResult)
			.optional();
	}

	/**
	 * Stores what a check-in changed of a key result read with {@link #lock}; answers it
	 * with its new version.
	 */
	KeyResult store(KeyResult checkedIn) {
		long next = checkedIn.version() + 1;
		int updated = this.jdbc.sql("""
				update key_result set current_value = ?, confidence = ?, last_check_in_at = ?, score = ?,
				score_reason = ?, version = ? where id = ? and version = ?""")
			.params(checkedIn.currentValue(), checkedIn.confidence(), utc(checkedIn.lastCheckInAt()), checkedIn.score(),
					checkedIn.scoreReason(), next, checkedIn.id().value(), checkedIn.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("The key result " + checkedIn.id() + " changed meanwhile");
		}
		return new KeyResult(checkedIn.id(), checkedIn.objectiveId(), checkedIn.title(), checkedIn.ownerId(),
				checkedIn.type(), checkedIn.startValue(), checkedIn.targetValue(), checkedIn.currentValue(),
				checkedIn.unit(), checkedIn.weight(), checkedIn.confidence(), checkedIn.lastCheckInAt(),
				checkedIn.score(), checkedIn.scoreReason(), checkedIn.carriedFrom(), checkedIn.createdAt(), next);
	}

	/**
	 * The objective a key result belongs to, with its cycle: what a check-in checks, read
	 * in one statement (neither is locked: a check-in changes neither).
	 */
	Optional<ObjectiveInCycle> objectiveOf(KeyResult keyResult) {
		return this.jdbc.sql("""
				select o.id, o.cycle_id, o.team_id, o.title, o.description, o.kind, o.status, o.aligned_objective_id,
				o.aligned_key_result_id, o.carried_from, o.score_reason, o.dropped_reason, o.created_at, o.version,
				c.name as cycle_name, c.start_date as cycle_start_date, c.end_date as cycle_end_date,
				c.phase as cycle_phase, c.created_at as cycle_created_at, c.version as cycle_version
				from objective o join cycle c on c.id = o.cycle_id where o.id = ?""")
			.param(keyResult.objectiveId().value())
			.query(KeyResultCheckIns::objectiveInCycle)
			.optional();
	}

	private static ObjectiveInCycle objectiveInCycle(ResultSet row, int number) throws SQLException {
		CycleId cycleId = new CycleId(row.getObject("cycle_id", UUID.class));
		UUID team = row.getObject("team_id", UUID.class);
		UUID alignedObjective = row.getObject("aligned_objective_id", UUID.class);
		UUID alignedKeyResult = row.getObject("aligned_key_result_id", UUID.class);
		UUID carriedFrom = row.getObject("carried_from", UUID.class);
		Objective objective = new Objective(new ObjectiveId(row.getObject("id", UUID.class)), cycleId,
				(team != null) ? new TeamId(team) : null, row.getString("title"), row.getString("description"),
				ObjectiveKind.valueOf(row.getString("kind")), ObjectiveStatus.valueOf(row.getString("status")),
				(alignedObjective != null) ? new ObjectiveId(alignedObjective) : null,
				(alignedKeyResult != null) ? new KeyResultId(alignedKeyResult) : null,
				(carriedFrom != null) ? new ObjectiveId(carriedFrom) : null, row.getString("score_reason"),
				row.getString("dropped_reason"), instant(row, "created_at"), row.getLong("version"));
		Cycle cycle = new Cycle(cycleId, row.getString("cycle_name"),
				row.getObject("cycle_start_date", LocalDate.class), row.getObject("cycle_end_date", LocalDate.class),
				Phase.valueOf(row.getString("cycle_phase")), instant(row, "cycle_created_at"),
				row.getLong("cycle_version"));
		return new ObjectiveInCycle(objective, cycle);
	}

	private static KeyResult keyResult(ResultSet row, int number) throws SQLException {
		UUID carriedFrom = row.getObject("carried_from", UUID.class);
		return new KeyResult(new KeyResultId(row.getObject("id", UUID.class)),
				new ObjectiveId(row.getObject("objective_id", UUID.class)), row.getString("title"),
				new PersonId(row.getObject("owner_id", UUID.class)), KeyResultType.valueOf(row.getString("type")),
				row.getDouble("start_value"), row.getDouble("target_value"), row.getDouble("current_value"),
				row.getString("unit"), row.getDouble("weight"), row.getObject("confidence", Integer.class),
				instant(row, "last_check_in_at"), row.getObject("score", Double.class), row.getString("score_reason"),
				(carriedFrom != null) ? new KeyResultId(carriedFrom) : null, instant(row, "created_at"),
				row.getLong("version"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * An objective and the cycle it is in.
	 */
	record ObjectiveInCycle(Objective objective, Cycle cycle) {
	}

}
