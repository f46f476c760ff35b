package dev.lodestar.dependencies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * The dependencies, in table {@code dependency}, in explicit SQL: every list is one
 * statement on an index that starts with the cycle or a team.
 */
@Repository
class DependencyStore {

	private static final String COLUMNS = "id, cycle_id, from_team_id, to_team_id, key_result_id, description,"
			+ " due_date, status, requested_by, requested_at, decided_by, decided_at, note, version";

	private final JdbcClient jdbc;

	DependencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Dependency dependency) {
		this.jdbc
			.sql("insert into dependency (" + COLUMNS + ") values (:id, :cycle, :fromTeam, :toTeam, :keyResult,"
					+ " :description, :dueDate, :status, :requestedBy, :requestedAt, :decidedBy, :decidedAt, :note,"
					+ " :version)")
			.params(params(dependency))
			.update();
	}

	void update(Dependency dependency) {
		this.jdbc.sql("""
				update dependency set status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
				  note = :note, version = :version
				where id = :id""").params(params(dependency)).update();
	}

	Optional<Dependency> find(DependencyId id) {
		return this.jdbc.sql("select " + COLUMNS + " from dependency where id = :id")
			.param("id", id.value())
			.query(DependencyStore::dependency)
			.optional();
	}

	/**
	 * Locks a dependency's row until the transaction ends, so that it is decided once.
	 */
	Optional<Dependency> lock(DependencyId id) {
		return this.jdbc.sql("select " + COLUMNS + " from dependency where id = :id for update")
			.param("id", id.value())
			.query(DependencyStore::dependency)
			.optional();
	}

	List<Dependency> page(Dependencies.Filter filter, int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("select " + COLUMNS + " from dependency" + where
					+ " order by requested_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query(DependencyStore::dependency)
			.list();
	}

	long count(Dependencies.Filter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		return this.jdbc.sql("select count(*) from dependency" + where).params(params).query(Long.class).single();
	}

	/** How many dependencies of a cycle stand at each status, in one statement. */
	Map<DependencyStatus, Long> countByStatus(CycleId cycle) {
		Map<DependencyStatus, Long> counts = new EnumMap<>(DependencyStatus.class);
		for (DependencyStatus status : DependencyStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from dependency where cycle_id = :cycle group by status")
			.param("cycle", cycle.value())
			.query((rs, row) -> {
				String status = rs.getString(1);
				long count = rs.getLong(2);
				DependencyStatus.of(status).ifPresent((known) -> counts.put(known, count));
				return row;
			})
			.list();
		return counts;
	}

	/** The teams that ask or are asked in a cycle, in one statement. */
	Set<TeamId> teamsOf(CycleId cycle) {
		Set<TeamId> teams = new LinkedHashSet<>();
		this.jdbc.sql("""
				select from_team_id, to_team_id from dependency where cycle_id = :cycle""")
			.param("cycle", cycle.value())
			.query((rs, row) -> {
				teams.add(new TeamId(rs.getObject(1, UUID.class)));
				teams.add(new TeamId(rs.getObject(2, UUID.class)));
				return row;
			})
			.list();
		return teams;
	}

	private static String where(Dependencies.Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.cycleId() != null) {
			conditions.add("cycle_id = :cycle");
			params.put("cycle", filter.cycleId().value());
		}
		if (filter.teamId() != null) {
			conditions.add("(from_team_id = :team or to_team_id = :team)");
			params.put("team", filter.teamId().value());
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().value());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Map<String, Object> params(Dependency dependency) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", dependency.id().value());
		params.put("cycle", dependency.cycleId().value());
		params.put("fromTeam", dependency.fromTeamId().value());
		params.put("toTeam", dependency.toTeamId().value());
		params.put("keyResult", (dependency.keyResultId() != null) ? dependency.keyResultId().value() : null);
		params.put("description", dependency.description());
		params.put("dueDate", (dependency.dueDate() != null) ? Date.valueOf(dependency.dueDate()) : null);
		params.put("status", dependency.status().value());
		params.put("requestedBy", (dependency.requestedBy() != null) ? dependency.requestedBy().value() : null);
		params.put("requestedAt", Timestamp.from(dependency.requestedAt()));
		params.put("decidedBy", (dependency.decidedBy() != null) ? dependency.decidedBy().value() : null);
		params.put("decidedAt", (dependency.decidedAt() != null) ? Timestamp.from(dependency.decidedAt()) : null);
		params.put("note", dependency.note());
		params.put("version", dependency.version());
		return params;
	}

	private static Dependency dependency(ResultSet rs, int row) throws SQLException {
		UUID keyResult = rs.getObject("key_result_id", UUID.class);
		Date due = rs.getDate("due_date");
		UUID requestedBy = rs.getObject("requested_by", UUID.class);
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Dependency(new DependencyId(rs.getObject("id", UUID.class)),
				new CycleId(rs.getObject("cycle_id", UUID.class)), new TeamId(rs.getObject("from_team_id", UUID.class)),
				new TeamId(rs.getObject("to_team_id", UUID.class)),
				(keyResult != null) ? new KeyResultId(keyResult) : null, rs.getString("description"),
				(due != null) ? due.toLocalDate() : null,
				DependencyStatus.of(rs.getString("status")).orElse(DependencyStatus.REQUESTED),
				(requestedBy != null) ? new PersonId(requestedBy) : null, rs.getTimestamp("requested_at").toInstant(),
				(decidedBy != null) ? new PersonId(decidedBy) : null,
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("note"), rs.getLong("version"));
	}

}
