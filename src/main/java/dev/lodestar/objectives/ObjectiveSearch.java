package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Finds objectives across the organisation by cycle, team, key-result owner, status,
 * confidence and words in their texts: the read model behind the company page. Filtering
 * and paging happen in SQL, so a page costs the same few queries however many objectives
 * there are. Company-wide objectives come first, then teams by name.
 */
@Service
@Transactional(readOnly = true)
public class ObjectiveSearch {

	private static final char ESCAPE = '!';

	private final JdbcClient jdbc;

	private final KeyResultRepository keyResults;

	private final ObjectiveLinks links;

	ObjectiveSearch(JdbcClient jdbc, KeyResultRepository keyResults, ObjectiveLinks links) {
		this.jdbc = jdbc;
		this.keyResults = keyResults;
		this.links = links;
	}

	/**
	 * A page of the objectives that pass the filter, each with its key results and links:
	 * four queries however long the page.
	 */
	public ResultPage<ObjectiveView> find(Filter filter, Paging paging) {
		Where where = where(filter);
		long total = this.jdbc.sql("select count(*) from objective o where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Objective> page = this.jdbc
			.sql("select o.* from objective o left join team t on t.id = o.team_id where " + where.sql()
					+ " order by case when o.team_id is null then 0 else 1 end, t.name, o.team_id,"
					+ " o.created_at, o.id limit :limit offset :offset")
			.params(where.params())
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(ObjectiveSearch::objective)
			.list();
		return new ResultPage<>(this.keyResults.viewsOf(page, this.links), total);
	}

	/**
	 * A LIKE pattern that finds {@code text} anywhere, with {@code %} and {@code _} (and
	 * the escape character itself) taken literally.
	 */
	static String containing(String text) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : text.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	private static Where where(Filter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		conditions.add("o.cycle_id = :cycle");
		params.put("cycle", filter.cycleId().value());
		if (filter.companyWide()) {
			conditions.add("o.team_id is null");
		}
		else if (filter.teamId() != null) {
			conditions.add(ObjectiveTeams.ownedBy("o", "team"));
			params.put("team", filter.teamId().value());
		}
		if (filter.ownerId() != null) {
			conditions
				.add("exists (select 1 from key_result ko where ko.objective_id = o.id and ko.owner_id = :owner)");
			params.put("owner", filter.ownerId().value());
		}
		if (filter.ownerName() != null && !filter.ownerName().isBlank()) {
			conditions.add("exists (select 1 from key_result kn join person pn on pn.id = kn.owner_id"
					+ " where kn.objective_id = o.id and lower(pn.name) like lower(:ownerName) escape '" + ESCAPE
					+ "')");
			params.put("ownerName", containing(filter.ownerName().strip()));
		}
		conditions.add("o.status in (:statuses)");
		params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		if (filter.atRisk()) {
			conditions
				.add("exists (select 1 from key_result kc where kc.objective_id = o.id and kc.confidence <= :risk)");
			params.put("risk", ConfidenceBand.AT_RISK.highest());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String like = " like lower(:text) escape '" + ESCAPE + "'";
			conditions.add("(lower(o.title)" + like + " or lower(o.description)" + like
					+ " or exists (select 1 from key_result kt where kt.objective_id = o.id and lower(kt.title)" + like
					+ "))");
			params.put("text", containing(filter.text().strip()));
		}
		return new Where(String.join(" and ", conditions), params);
	}

	static Objective objective(ResultSet rs, int row) throws SQLException {
		return new Objective(new ObjectiveId(rs.getObject("id", UUID.class)),
				new CycleId(rs.getObject("cycle_id", UUID.class)), id(rs, "team_id", TeamId::new),
				SharedTeams.fromColumn(rs.getString("shared_with")), rs.getString("title"), rs.getString("description"),
				ObjectiveKind.valueOf(rs.getString("kind")), ObjectiveStatus.valueOf(rs.getString("status")),
				id(rs, "carried_from", ObjectiveId::new), rs.getString("score_reason"), rs.getString("dropped_reason"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

	private static <T> T id(ResultSet rs, String column, java.util.function.Function<UUID, T> type)
			throws SQLException {
		UUID value = rs.getObject(column, UUID.class);
		return (value != null) ? type.apply(value) : null;
	}

	/**
	 * What to look for. The cycle is required; a {@code null} team, owner, owner's name
	 * or text does not filter: {@code ownerName} keeps objectives with a key result whose
	 * owner's name contains it. {@code companyWide} keeps only objectives without a team.
	 * {@code atRisk} keeps objectives with a key result whose confidence is below on
	 * track ({@link ConfidenceBand}).
	 */
	public record Filter(CycleId cycleId, TeamId teamId, boolean companyWide, PersonId ownerId, String ownerName,
			Set<ObjectiveStatus> statuses, boolean atRisk, String text) {

		public Filter {
			statuses = (statuses == null || statuses.isEmpty()) ? Set.of(ObjectiveStatus.values())
					: Set.copyOf(statuses);
		}

	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
