package dev.lodestar.objectives;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The index of shared objectives ({@code objective_team}): one row for each team an
 * objective is shared with besides its first, kept equal to the objective's
 * {@code shared_with} by writing both whenever the owners change, so that a team's
 * objectives are found through an index.
 */
@Repository
class ObjectiveTeams {

	private final JdbcClient jdbc;

	ObjectiveTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A condition on an objective aliased {@code alias}: it belongs to the team bound to
	 * {@code :param}, as its first team or as one it is shared with. Both halves go
	 * through an index.
	 */
	static String ownedBy(String alias, String param) {
		return ("%1$s.id in (select ob.id from objective ob where ob.team_id = :%2$s"
				+ " union all select ot.objective_id from objective_team ot where ot.team_id = :%2$s)")
			.formatted(alias, param);
	}

	/**
	 * Writes the teams an objective is shared with into the index, replacing what was
	 * there.
	 */
	void replace(Objective objective) {
		UUID id = objective.id().value();
		this.jdbc.sql("delete from objective_team where objective_id = ?").param(id).update();
		for (var team : objective.sharedWith().teams()) {
			this.jdbc.sql("insert into objective_team (objective_id, team_id) values (?, ?)")
				.params(id, team.value())
				.update();
		}
	}

}
