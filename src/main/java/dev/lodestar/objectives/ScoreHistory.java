package dev.lodestar.objectives;

import java.time.LocalDate;
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
 * How a team scored in its past cycles (those in reflect or closed), newest first: per
 * cycle the objectives it kept (dropped and archived ones left out), their average score
 * and how many met their expectation. One query however many cycles there are.
 */
@Component
@Transactional(readOnly = true)
public class ScoreHistory {

	private final JdbcClient jdbc;

	ScoreHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CycleScores> ofTeam(TeamId team) {
		Map<UUID, Builder> cycles = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id as cycle_id, c.name, c.start_date, c.end_date, o.id as objective_id, o.kind,
				       count(kr.id) as key_results, count(kr.score) as scored,
				       sum(kr.score * kr.weight) as weighted, sum(kr.weight) as weights
				from objective o
				join cycle c on c.id = o.cycle_id
				left join key_result kr on kr.objective_id = o.id
				where %s and c.phase in ('REFLECT', 'CLOSED') and o.status <> 'ARCHIVED'
				group by c.id, c.name, c.start_date, c.end_date, o.id, o.kind
				order by c.start_date desc, c.id""".formatted(ObjectiveTeams.ownedBy("o", "team")))
			.param("team", team.value())
			.query((rs, row) -> {
				UUID cycle = rs.getObject("cycle_id", UUID.class);
				Builder builder = cycles.computeIfAbsent(cycle, (id) -> new Builder(new CycleId(id),
						rsString(rs, "name"), rsDate(rs, "start_date"), rsDate(rs, "end_date")));
				long keyResults = rs.getLong("key_results");
				long scored = rs.getLong("scored");
				double weights = rs.getDouble("weights");
				Double score = (keyResults == 0 || scored < keyResults) ? null
						: (weights <= 0) ? 0.0 : rs.getDouble("weighted") / weights;
				builder.add(ObjectiveKind.valueOf(rs.getString("kind")), score);
				return cycle;
			})
			.list();
		return cycles.values().stream().map(Builder::build).toList();
	}

	private static String rsString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalDate rsDate(java.sql.ResultSet rs, String column) {
		try {
			return rs.getObject(column, LocalDate.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A past cycle of a team: how many objectives, their average score ({@code null} when
	 * none is scored) and how many met their expectation.
	 */
	public record CycleScores(CycleId cycleId, String name, LocalDate startDate, LocalDate endDate, int objectives,
			Double averageScore, int met) {
	}

	private static final class Builder {

		private final CycleId id;

		private final String name;

		private final LocalDate start;

		private final LocalDate end;

		private final List<Double> scores = new ArrayList<>();

		private int objectives;

		private int met;

		Builder(CycleId id, String name, LocalDate start, LocalDate end) {
			this.id = id;
			this.name = name;
			this.start = start;
			this.end = end;
		}

		void add(ObjectiveKind kind, Double score) {
			this.objectives++;
			if (score != null) {
				this.scores.add(score);
				if (Score.meets(kind, score)) {
					this.met++;
				}
			}
		}

		CycleScores build() {
			Double average = this.scores.isEmpty() ? null
					: this.scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			return new CycleScores(this.id, this.name, this.start, this.end, this.objectives, average, this.met);
		}

	}

}
