package dev.lodestar.persistence;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import dev.lodestar.testing.PostgresSuite;

/**
 * The crash contract on PostgreSQL, in a schema of its own that is dropped before every
 * run.
 */
@PostgresSuite
class PostgresCrashTests extends CrashContract {

	private static final String SCHEMA = "durability_kill";

	@BeforeEach
	void dropSchema() throws SQLException {
		try (var connection = DriverManager.getConnection(PostgresSuite.URL, PostgresSuite.USER, "");
				var statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Override
	Map<String, String> storage(Path directory) {
		return Map.of("spring.datasource.url", PostgresSuite.URL + "?currentSchema=" + SCHEMA,
				"spring.datasource.username", PostgresSuite.USER, "spring.datasource.password", "",
				"spring.flyway.schemas", SCHEMA);
	}

	@Override
	String name() {
		return "PostgreSQL";
	}

}
