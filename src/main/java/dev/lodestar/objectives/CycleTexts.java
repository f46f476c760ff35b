package dev.lodestar.objectives;

import java.sql.Timestamp;
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
 * The words of a cycle's objectives and key results, for features that compare texts
 * (such as similar objectives across teams), and a cheap mark of the data's version, so
 * that they can keep what they built from the texts until the texts change. Archived
 * objectives are left out, and roll-up key results, which only follow others. Each method
 * is one statement.
 */
@Component
@Transactional(readOnly = true)
public class CycleTexts {

	/**
	 * Changes whenever an objective or key result of the cycle is added (a later creation
	 * time), removed (a smaller count) or changed (a greater sum of versions, because
	 * every change raises a row's version).
	 */
	private static final String VERSION = """
			select o.n, o.v, o.latest, k.n, k.v, k.latest
			from (select count(*) as n, coalesce(sum(version), 0) as v, max(created_at) as latest
			      from objective where cycle_id = :cycle) o
			cross join (select count(*) as n, coalesce(sum(kr.version), 0) as v, max(kr.created_at) as latest
			      from key_result kr join objective ko on ko.id = kr.objective_id where ko.cycle_id = :cycle and kr.type <> 'ROLLUP') k""";

	private static final String TEXTS = """
			select o.id, o.team_id, o.shared_with, o.title, o.description,
			kr.id as kr_id, kr.title as kr_title, kr.type, kr.start_value, kr.target_value, kr.unit
			from objective o left join key_result kr on kr.objective_id = o.id and kr.type <> 'ROLLUP'
			where o.cycle_id = :cycle and o.status <> 'ARCHIVED'
			order by o.created_at, o.id, kr.created_at, kr.id""";

	private final JdbcClient jdbc;

	CycleTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks that differ whenever an objective, or a key result, of the cycle was added,
	 * removed or changed since other marks were read (a check-in changes the key results'
	 * mark too).
	 */
	public Marks version(CycleId cycle) {
		return this.jdbc.sql(VERSION)
			.param("cycle", cycle.value())
			.query((rs, row) -> new Marks(rs.getLong(1) + ":" + rs.getLong(2) + ":" + millis(rs.getTimestamp(3)),
					rs.getLong(4) + ":" + rs.getLong(5) + ":" + millis(rs.getTimestamp(6))))
			.single();
	}

	/** The cycle's objectives that are not archived, in the order written. */
	public List<ObjectiveText> of(CycleId cycle) {
		Map<ObjectiveId, ObjectiveText> found = new LinkedHashMap<>();
		this.jdbc.sql(TEXTS).param("cycle", cycle.value()).query((rs) -> {
			ObjectiveId id = new ObjectiveId(rs.getObject("id", UUID.class));
			ObjectiveText text = found.get(id);
			if (text == null) {
				List<TeamId> teams = new ArrayList<>();
				UUID first = rs.getObject("team_id", UUID.class);
				if (first != null) {
					teams.add(new TeamId(first));
					teams.addAll(SharedTeams.fromColumn(rs.getString("shared_with")).teams());
				}
				text = new ObjectiveText(id, teams, rs.getString("title"), rs.getString("description"),
						new ArrayList<>());
				found.put(id, text);
			}
			UUID keyResult = rs.getObject("kr_id", UUID.class);
			if (keyResult != null) {
				text.keyResults()
					.add(new KeyResultText(new KeyResultId(keyResult), rs.getString("kr_title"),
							KeyResultType.valueOf(rs.getString("type")), rs.getDouble("start_value"),
							rs.getDouble("target_value"), rs.getString("unit")));
			}
		});
		return List.copyOf(found.values());
	}

	private static long millis(Timestamp at) {
		return (at != null) ? at.getTime() : 0;
	}

	/** The versions of a cycle's objectives and of its key results. */
	public record Marks(String objectives, String keyResults) {
	}

	/**
	 * An objective's words: its teams (empty for a company-wide one), title, description
	 * and key results.
	 */
	public record ObjectiveText(ObjectiveId id, List<TeamId> teamIds, String title, String description,
			List<KeyResultText> keyResults) {
	}

	/** A key result's words and the numbers that say which way it moves. */
	public record KeyResultText(KeyResultId id, String title, KeyResultType type, double startValue, double targetValue,
			String unit) {
	}

}
