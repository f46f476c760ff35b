package dev.lodestar.versions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a data version: the sum of its rows, which only grows, and grows with every
 * committed write to what it covers (migrations V30 and V31). One statement over sixteen
 * rows per version.
 */
@Component
public class DataVersions {

	/** A cycle's objectives, key results, check-ins and links, of every cycle. */
	public static final String OBJECTIVES = "objectives";

	/** The teams: their names and places in the tree. */
	public static final String TEAMS = "teams";

	/** The people: their names, roles and status. */
	public static final String PEOPLE = "people";

	/** What a cycle's reflect phase writes: retrospectives, learnings, the survey. */
	public static final String REFLECTIONS = "reflections";

	private final JdbcClient jdbc;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long of(String version) {
		return of(List.of(version));
	}

	/**
	 * The sum of several versions: it grows with every write to what any of them covers.
	 */
	public long of(List<String> versions) {
		StringBuilder sql = new StringBuilder("select coalesce(sum(version), 0) from data_version where ");
		Map<String, Object> names = new HashMap<>();
		for (int i = 0; i < versions.size(); i++) {
			sql.append((i > 0) ? " or " : "").append("name like :name").append(i);
			names.put("name" + i, versions.get(i) + "#%");
		}
		return this.jdbc.sql(sql.toString()).params(names).query(Long.class).single();
	}

}
