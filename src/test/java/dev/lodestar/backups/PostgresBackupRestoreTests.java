package dev.lodestar.backups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lodestar.backups.SampleOrganisation.Snapshot;
import dev.lodestar.testing.Api;
import dev.lodestar.testing.LodestarProcess;
import dev.lodestar.testing.PostgresSuite;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL procedure of docs/operations.md, as written: {@code pg_dump -Fc} of
 * Lodestar's schema while it runs, {@code pg_restore} into a new, empty database, and a
 * Lodestar started on the restored database holds the same organisation. Lodestar itself
 * refuses to back up PostgreSQL and says to use {@code pg_dump}.
 */
@PostgresSuite
class PostgresBackupRestoreTests {

	private static final String SCHEMA = "durability_backup";

	private static final String RESTORED_DATABASE = "durability_restore";

	@TempDir
	Path directory;

	@BeforeEach
	void dropWhatAnEarlierRunLeft() throws SQLException {
		try (var connection = DriverManager.getConnection(PostgresSuite.URL, PostgresSuite.USER, "");
				var statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("drop database if exists " + RESTORED_DATABASE + " with (force)");
		}
	}

	@Test
	void aDumpTakenWhileLodestarRunsRestoresIntoANewDatabase() throws Exception {
		Path dump = this.directory.resolve("lodestar.dump");
		SampleOrganisation organisation;
		Snapshot dumped;
		try (LodestarProcess lodestar = LodestarProcess.start(this.directory, storage("test"))) {
			Api admin = lodestar.admin();
			organisation = SampleOrganisation.make(admin);
			dumped = organisation.snapshot(admin);
			Reply refused = admin.post("/api/v1/backups", null);
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.field("detail")).contains("pg_dump");
			run("pg_dump", "-Fc", "-h", "127.0.0.1", "-U", PostgresSuite.USER, "-n", SCHEMA, "-f", dump.toString(),
					"test");
			SampleOrganisation.make(admin);
		}
		run("createdb", "-h", "127.0.0.1", "-U", PostgresSuite.USER, RESTORED_DATABASE);
		run("pg_restore", "--no-owner", "-h", "127.0.0.1", "-U", PostgresSuite.USER, "-d", RESTORED_DATABASE,
				dump.toString());
		try (LodestarProcess restored = LodestarProcess.start(this.directory, storage(RESTORED_DATABASE))) {
			Snapshot found = organisation.snapshot(restored.admin());
			System.out.println("[lodestar] PostgreSQL dump restored: " + dumped + " dumped, " + found + " restored");
			assertThat(found).isEqualTo(dumped);
		}
	}

	private static Map<String, String> storage(String database) {
		return Map.of("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:5432/" + database + "?currentSchema=" + SCHEMA,
				"spring.datasource.username", PostgresSuite.USER, "spring.datasource.password", "",
				"spring.flyway.schemas", SCHEMA);
	}

	private void run(String... command) throws IOException, InterruptedException {
		Path output = Files.createTempFile(this.directory, command[0], ".log");
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		int status = process.waitFor();
		assertThat(status).as(String.join(" ", command) + ": " + Files.readString(output, StandardCharsets.UTF_8))
			.isZero();
	}

}
