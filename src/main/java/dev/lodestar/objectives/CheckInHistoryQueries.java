package dev.lodestar.objectives;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.PersonId;

/**
 * Reads check-in history for the pages of objectives and key results, each read in one
 * query.
 */
@Component
@Transactional(readOnly = true)
class CheckInHistoryQueries implements CheckInHistory {

	private final JdbcClient jdbc;

	CheckInHistoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<KeyResultId, List<Point>> trends(Collection<KeyResultId> keyResults, Instant since) {
		Map<KeyResultId, List<Point>> trends = new LinkedHashMap<>();
		keyResults.forEach((keyResult) -> trends.put(keyResult, new java.util.ArrayList<>()));
		if (keyResults.isEmpty()) {
			return trends;
		}
		this.jdbc.sql("""
				select key_result_id, new_value, confidence, created_at from check_in
				where key_result_id in (:ids) and created_at >= :since
				order by key_result_id, created_at, id""")
			.param("ids", ids(keyResults))
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, row) -> trends.get(new KeyResultId(rs.getObject("key_result_id", UUID.class)))
				.add(new Point(rs.getTimestamp("created_at").toInstant(), rs.getDouble("new_value"),
						rs.getInt("confidence"))))
			.list();
		return trends;
	}

	@Override
	public List<Entry> latest(Collection<KeyResultId> keyResults, int limit) {
		if (keyResults.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select key_result_id, author_id, new_value, confidence, note, blockers, created_at from check_in
				where key_result_id in (:ids) order by created_at desc, id desc limit :limit""")
			.param("ids", ids(keyResults))
			.param("limit", limit)
			.query((rs, row) -> new Entry(new KeyResultId(rs.getObject("key_result_id", UUID.class)),
					(rs.getObject("author_id") != null) ? new PersonId(rs.getObject("author_id", UUID.class)) : null,
					rs.getDouble("new_value"), rs.getInt("confidence"), rs.getString("note"), rs.getString("blockers"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static List<UUID> ids(Collection<KeyResultId> keyResults) {
		return keyResults.stream().map(KeyResultId::value).toList();
	}

}
