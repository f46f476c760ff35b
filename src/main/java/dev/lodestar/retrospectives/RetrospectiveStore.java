package dev.lodestar.retrospectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;

/**
 * Retrospectives in {@code retrospective}, one row per cycle and team, and learnings in
 * {@code objective_learning}, one per objective.
 */
@Repository
class RetrospectiveStore {

	private static final String COLUMNS = "cycle_id, team_id, worked, did_not_work, change, held_at, updated_by,"
			+ " updated_at, version";

	private final JdbcClient jdbc;

	RetrospectiveStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Retrospective> find(CycleId cycle, TeamId team) {
		return this.jdbc.sql("select " + COLUMNS + " from retrospective where cycle_id = :cycle and team_id = :team")
			.param("cycle", cycle.value())
			.param("team", team.value())
			.query(RetrospectiveStore::retrospective)
			.optional();
	}

	/** Locks a team's retrospective row, if there is one, until the transaction ends. */
	Optional<Retrospective> lock(CycleId cycle, TeamId team) {
		return this.jdbc
			.sql("select " + COLUMNS + " from retrospective where cycle_id = :cycle and team_id = :team for update")
			.param("cycle", cycle.value())
			.param("team", team.value())
			.query(RetrospectiveStore::retrospective)
			.optional();
	}

	List<Retrospective> ofCycle(CycleId cycle) {
		return this.jdbc.sql("select " + COLUMNS + " from retrospective where cycle_id = :cycle order by team_id")
			.param("cycle", cycle.value())
			.query(RetrospectiveStore::retrospective)
			.list();
	}

	/**
	 * Stores a retrospective as the next version of the one read; answers the stored one.
	 */
	Retrospective save(Retrospective retro) {
		long next = retro.version() + 1;
		if (retro.version() == 0) {
			try {
				this.jdbc
					.sql("insert into retrospective (" + COLUMNS
							+ ") values (:cycle, :team, :worked, :didNotWork, :change, :heldAt, :by, :at, :version)")
					.params(params(retro, next))
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException(
						"Someone else wrote this retrospective at the same moment; read it again and retry.");
			}
		}
		else {
			this.jdbc.sql("""
					update retrospective set worked = :worked, did_not_work = :didNotWork, change = :change,
					  held_at = :heldAt, updated_by = :by, updated_at = :at, version = :version
					where cycle_id = :cycle and team_id = :team""").params(params(retro, next)).update();
		}
		return new Retrospective(retro.cycleId(), retro.teamId(), retro.worked(), retro.didNotWork(), retro.change(),
				retro.heldAt(), retro.updatedBy(), retro.updatedAt(), next);
	}

	Map<ObjectiveId, String> learningsOf(List<ObjectiveId> objectives) {
		Map<ObjectiveId, String> learnings = new HashMap<>();
		if (objectives.isEmpty()) {
			return learnings;
		}
		this.jdbc.sql("select objective_id, learning from objective_learning where objective_id in (:ids)")
			.param("ids", objectives.stream().map(ObjectiveId::value).toList())
			.query((rs, row) -> learnings.put(new ObjectiveId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list();
		return learnings;
	}

	void putLearning(ObjectiveId objective, String learning, PersonId by, Instant now) {
		this.jdbc.sql("delete from objective_learning where objective_id = :id")
			.param("id", objective.value())
			.update();
		if (learning != null) {
			this.jdbc.sql("""
					insert into objective_learning (objective_id, learning, updated_by, updated_at)
					values (:id, :learning, :by, :at)""")
				.param("id", objective.value())
				.param("learning", learning)
				.param("by", by.value())
				.param("at", Timestamp.from(now))
				.update();
		}
	}

	private static Map<String, Object> params(Retrospective retro, long version) {
		Map<String, Object> params = new HashMap<>();
		params.put("cycle", retro.cycleId().value());
		params.put("team", retro.teamId().value());
		params.put("worked", retro.worked());
		params.put("didNotWork", retro.didNotWork());
		params.put("change", retro.change());
		params.put("heldAt", (retro.heldAt() != null) ? Timestamp.from(retro.heldAt()) : null);
		params.put("by", (retro.updatedBy() != null) ? retro.updatedBy().value() : null);
		params.put("at", Timestamp.from(retro.updatedAt()));
		params.put("version", version);
		return params;
	}

	private static Retrospective retrospective(ResultSet rs, int row) throws SQLException {
		Timestamp heldAt = rs.getTimestamp("held_at");
		UUID by = rs.getObject("updated_by", UUID.class);
		return new Retrospective(new CycleId(rs.getObject("cycle_id", UUID.class)),
				new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("worked"), rs.getString("did_not_work"),
				rs.getString("change"), (heldAt != null) ? heldAt.toInstant() : null,
				(by != null) ? new PersonId(by) : null, rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

}
