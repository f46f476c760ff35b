package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * How a cycle's objectives connect: each objective with its teams and progress, each key
 * result with its progress, and the links by which objectives contribute to objectives
 * and key results, with their weights. Archived objectives are left out. Three queries
 * however large the cycle.
 */
@Component
@Transactional(readOnly = true)
public class AlignmentQueries {

	private final JdbcClient jdbc;

	AlignmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The graph of a cycle's objectives, key results and links. */
	public CycleGraph graphOf(CycleId cycleId) {
		Map<ObjectiveId, List<KeyResultNode>> keyResults = new LinkedHashMap<>();
		this.jdbc.sql("""
				select kr.id, kr.objective_id, kr.title, kr.type, kr.start_value, kr.target_value, kr.current_value,
				kr.weight from key_result kr join objective o on o.id = kr.objective_id
				where o.cycle_id = :cycle and o.status <> 'ARCHIVED' order by kr.created_at, kr.id""")
			.param("cycle", cycleId.value())
			.query((rs) -> {
				ObjectiveId objective = new ObjectiveId(rs.getObject(2, UUID.class));
				keyResults.computeIfAbsent(objective, (id) -> new ArrayList<>())
					.add(new KeyResultNode(new KeyResultId(rs.getObject(1, UUID.class)), objective, rs.getString(3),
							KeyResultType.valueOf(rs.getString(4)),
							KeyResult.progress(rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)), rs.getDouble(8)));
			});
		List<ObjectiveNode> objectives = this.jdbc.sql("""
				select id, team_id, title, kind, status, shared_with from objective
				where cycle_id = :cycle and status <> 'ARCHIVED' order by created_at, id""")
			.param("cycle", cycleId.value())
			.query((rs, row) -> {
				ObjectiveId id = new ObjectiveId(rs.getObject(1, UUID.class));
				UUID team = rs.getObject(2, UUID.class);
				List<KeyResultNode> own = keyResults.getOrDefault(id, List.of());
				List<TeamId> teams = (team != null) ? new ArrayList<>(List.of(new TeamId(team))) : new ArrayList<>();
				teams.addAll(SharedTeams.fromColumn(rs.getString(6)).teams());
				return new ObjectiveNode(id, List.copyOf(teams), rs.getString(3),
						ObjectiveKind.valueOf(rs.getString(4)), ObjectiveStatus.valueOf(rs.getString(5)),
						progressOf(own), own);
			})
			.list();
		List<Link> links = this.jdbc.sql("""
				select l.objective_id, l.target_objective_id, l.target_key_result_id, l.weight
				from objective_link l join objective o on o.id = l.objective_id
				where o.cycle_id = :cycle and o.status <> 'ARCHIVED' order by o.created_at, o.id, l.position""")
			.param("cycle", cycleId.value())
			.query((rs, row) -> {
				UUID objective = rs.getObject(2, UUID.class);
				UUID keyResult = rs.getObject(3, UUID.class);
				return new Link(new ObjectiveId(rs.getObject(1, UUID.class)),
						(objective != null) ? new ObjectiveId(objective) : null,
						(keyResult != null) ? new KeyResultId(keyResult) : null, rs.getDouble(4));
			})
			.list();
		return new CycleGraph(objectives, links);
	}

	private static double progressOf(List<KeyResultNode> keyResults) {
		double weights = keyResults.stream().mapToDouble(KeyResultNode::weight).sum();
		if (weights <= 0) {
			return 0.0;
		}
		return keyResults.stream().mapToDouble((kr) -> kr.progress() * kr.weight()).sum() / weights;
	}

	/**
	 * A cycle's objectives, in the order they were written, and their links, in the order
	 * of their objectives and then as each objective lists them. A link may point at an
	 * objective or key result that is not in the graph (archived since).
	 */
	public record CycleGraph(List<ObjectiveNode> objectives, List<Link> links) {
	}

	/**
	 * An objective: the teams that own it (none for a company objective), its progress
	 * (the weighted mean of its key results') and its key results in order.
	 */
	public record ObjectiveNode(ObjectiveId id, List<TeamId> teamIds, String title, ObjectiveKind kind,
			ObjectiveStatus status, double progress, List<KeyResultNode> keyResults) {
	}

	/** A key result of an objective, with its progress and weight. */
	public record KeyResultNode(KeyResultId id, ObjectiveId objectiveId, String title, KeyResultType type,
			double progress, double weight) {
	}

	/**
	 * An objective contributing, with a weight, to an objective ({@code toObjective}) or
	 * a key result ({@code toKeyResult}): exactly one of the two is given.
	 */
	public record Link(ObjectiveId from, ObjectiveId toObjective, KeyResultId toKeyResult, double weight) {
	}

}
