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
 * What the pages of objectives and key results show of check-ins: the trend of each key
 * result and the latest entries with their notes, each read in one query.
 */
@Component
@Transactional(readOnly = true)
public class CheckInHistory {

	private final JdbcClient jdbc;

	CheckInHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The check-ins of some key results since a moment, oldest first, by key result; one
	 * query however many key results.
	 */
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

	/**
	 * The latest check-ins of some key results, newest first, at most {@code limit}.
	 */
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

	/**
	 * A key result's value and confidence at a moment.
	 */
	public record Point(Instant at, double value, int confidence) {
	}

	/**
	 * A check-in with its note, as a history shows it.
	 */
	public record Entry(KeyResultId keyResultId, PersonId authorId, double value, int confidence, String note,
			String blockers, Instant at) {
	}

}
