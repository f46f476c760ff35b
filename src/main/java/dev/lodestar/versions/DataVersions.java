package dev.lodestar.versions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a data version: the sum of its rows, which only grows, and grows with every
 * committed write to what it covers (migrations V30 and V31). One statement over sixteen
 * rows.
 */
@Component
public class DataVersions {

	/** A cycle's objectives, key results, check-ins and links, of every cycle. */
	public static final String OBJECTIVES = "objectives";

	/** The teams: their names and places in the tree. */
	public static final String TEAMS = "teams";

	private final JdbcClient jdbc;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long of(String version) {
		return this.jdbc.sql("select coalesce(sum(version), 0) from data_version where name like :name")
			.param("name", version + "#%")
			.query(Long.class)
			.single();
	}

}
