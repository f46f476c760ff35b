package dev.lodestar.objectives;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * How far a cycle's objectives are set: whether the company has objectives, which teams
 * have some (drafts or published, shared ones counting for every owner), whether any is
 * published, and whether objectives were ever set in another cycle. The company page
 * leads an organisation through its first cycle with it. Two statements, however many
 * objectives.
 */
@Service
@Transactional(readOnly = true)
public class CycleSetup {

	private final JdbcClient jdbc;

	CycleSetup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Progress of(CycleId cycle) {
		Progress counts = this.jdbc.sql("""
				select
				  (select count(*) from objective where cycle_id = :cycle and team_id is null
				     and status <> 'ARCHIVED') as company,
				  (select count(*) from objective where cycle_id = :cycle and status = 'PUBLISHED') as published,
				  (case when exists (select 1 from objective where cycle_id <> :cycle) then 1 else 0 end) as earlier""")
			.param("cycle", cycle.value())
			.query((row, number) -> new Progress(row.getLong("company"), row.getLong("published"),
					row.getInt("earlier") == 1, Set.of()))
			.single();
		List<UUID> teams = this.jdbc.sql("""
				select team_id from objective where cycle_id = :cycle and team_id is not null and status <> 'ARCHIVED'
				union
				select ot.team_id from objective_team ot join objective o on o.id = ot.objective_id
				where o.cycle_id = :cycle and o.status <> 'ARCHIVED'""")
			.param("cycle", cycle.value())
			.query(UUID.class)
			.list();
		return new Progress(counts.companyObjectives(), counts.published(), counts.earlierCycles(),
				teams.stream().map(TeamId::new).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * How many company-wide objectives a cycle has (archived ones left out) and how many
	 * of them are published, in one query: the readiness of a cycle for launch asks it.
	 */
	public CompanyObjectives companyObjectives(CycleId cycle) {
		return this.jdbc
			.sql("""
					select count(*) as company, coalesce(sum(case when status = 'PUBLISHED' then 1 else 0 end), 0) as published
					from objective where cycle_id = :cycle and team_id is null and status <> 'ARCHIVED'""")
			.param("cycle", cycle.value())
			.query((row, number) -> new CompanyObjectives(row.getLong("company"), row.getLong("published")))
			.single();
	}

	/**
	 * A cycle's company-wide objectives that are not archived, and the published ones.
	 */
	public record CompanyObjectives(long total, long published) {
	}

	/**
	 * Where a cycle stands: its company-wide objectives, its published objectives,
	 * whether another cycle has objectives, and the teams with objectives in it.
	 */
	public record Progress(long companyObjectives, long published, boolean earlierCycles,
			Set<TeamId> teamsWithObjectives) {

		/** Nothing set yet anywhere in this cycle. */
		public boolean empty() {
			return this.companyObjectives == 0 && this.published == 0 && this.teamsWithObjectives.isEmpty();
		}

	}

}
