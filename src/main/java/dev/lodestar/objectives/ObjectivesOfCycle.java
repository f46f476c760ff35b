package dev.lodestar.objectives;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * A whole cycle's objectives at once, for the features that judge them together (the
 * coach's summary of a cycle reads every objective of it): a fixed number of statements
 * however many objectives the cycle holds, twelve thousand in the largest organisations.
 * Archived objectives are left out: they no longer count.
 */
@Service
@Transactional(readOnly = true)
public class ObjectivesOfCycle {

	/**
	 * Past this many teams a question about some teams asks about the whole cycle
	 * instead, so that no statement carries thousands of parameters.
	 */
	static final int TEAMS_IN_ONE_LIST = 500;

	private final JdbcClient jdbc;

	private final KeyResultRepository keyResults;

	ObjectivesOfCycle(JdbcClient jdbc, KeyResultRepository keyResults) {
		this.jdbc = jdbc;
		this.keyResults = keyResults;
	}

	/**
	 * Every objective of a cycle that is not archived, oldest first, each with its key
	 * results in their order: two statements.
	 */
	public List<WithKeyResults> open(CycleId cycle) {
		List<Objective> objectives = this.jdbc
			.sql("select o.* from objective o where o.cycle_id = :cycle and o.status <> 'ARCHIVED'"
					+ " order by o.created_at, o.id")
			.param("cycle", cycle.value())
			.query(ObjectiveSearch::objective)
			.list();
		Map<ObjectiveId, List<KeyResult>> byObjective = new HashMap<>();
		this.keyResults.findOpenOfCycle(cycle.value())
			.forEach(
					(kr) -> byObjective.computeIfAbsent(kr.objectiveId(), (id) -> new java.util.ArrayList<>()).add(kr));
		return objectives.stream()
			.map((objective) -> new WithKeyResults(objective, byObjective.getOrDefault(objective.id(), List.of())))
			.toList();
	}

	/**
	 * Who owns what in a cycle: one row for each team that owns an objective that is not
	 * archived (a shared objective has a row for each of its teams; a company-wide one a
	 * row without a team when {@code companyToo}), of the given teams only. One
	 * statement; with many teams it reads the whole cycle.
	 */
	public List<Owned> ownedBy(CycleId cycle, Collection<TeamId> teams, boolean companyToo) {
		boolean some = teams.size() <= TEAMS_IN_ONE_LIST;
		List<UUID> ids = teams.isEmpty() ? List.of(new UUID(0, 0)) : teams.stream().map(TeamId::value).toList();
		String firstTeams = some ? "o.team_id in (:teams)" : "o.team_id is not null";
		String sharedTeams = some ? " and ot.team_id in (:teams)" : "";
		String company = companyToo ? " or o.team_id is null" : "";
		var statement = this.jdbc
			.sql("select o.team_id as team_id, o.id, o.kind from objective o"
					+ " where o.cycle_id = :cycle and o.status <> 'ARCHIVED' and (" + firstTeams + company + ")"
					+ " union all select ot.team_id as team_id, o.id, o.kind from objective_team ot"
					+ " join objective o on o.id = ot.objective_id where o.cycle_id = :cycle and o.status <> 'ARCHIVED'"
					+ sharedTeams)
			.param("cycle", cycle.value());
		if (some) {
			statement = statement.param("teams", ids);
		}
		return statement.query((rs, row) -> {
			UUID team = rs.getObject("team_id", UUID.class);
			return new Owned((team != null) ? new TeamId(team) : null, new ObjectiveId(rs.getObject("id", UUID.class)),
					ObjectiveKind.valueOf(rs.getString("kind")));
		}).list();
	}

	/**
	 * An objective with its key results.
	 */
	public record WithKeyResults(Objective objective, List<KeyResult> keyResults) {
	}

	/**
	 * A team (or the company, {@code null}) that owns an objective, and the objective's
	 * kind.
	 */
	public record Owned(TeamId team, ObjectiveId objective, ObjectiveKind kind) {
	}

	/**
	 * How many cycles that started before {@code cycle} each team had objectives in
	 * (owned or shared, archived ones left out), teams without any left out: one
	 * statement.
	 */
	public Map<TeamId, Integer> earlierCycles(CycleId cycle, Collection<TeamId> teams) {
		if (teams.isEmpty()) {
			return Map.of();
		}
		boolean some = teams.size() <= TEAMS_IN_ONE_LIST;
		String filter = some ? " and %s in (:teams)" : "";
		JdbcClient.StatementSpec query = this.jdbc.sql("""
				select t.team_id, count(distinct t.cycle_id) as cycles from (
				  select o.team_id, o.cycle_id from objective o
				  where o.status <> 'ARCHIVED' and o.team_id is not null%s
				  union all
				  select ot.team_id, o.cycle_id from objective_team ot join objective o on o.id = ot.objective_id
				  where o.status <> 'ARCHIVED'%s
				) t join cycle c on c.id = t.cycle_id
				where c.start_date < (select start_date from cycle where id = :cycle)
				group by t.team_id""".formatted(filter.formatted("o.team_id"), filter.formatted("ot.team_id")))
			.param("cycle", cycle.value());
		if (some) {
			query = query.param("teams", teams.stream().map(TeamId::value).toList());
		}
		Map<TeamId, Integer> counts = new HashMap<>();
		query.query((row, number) -> counts.put(new TeamId(row.getObject("team_id", UUID.class)), row.getInt("cycles")))
			.list();
		return counts;
	}

}
