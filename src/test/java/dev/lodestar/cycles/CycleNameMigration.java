package dev.lodestar.cycles;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrates a database that already holds cycles of the same name (as Lodestar allowed
 * before V13) and checks what the migration made of them: the oldest keeps its name, the
 * others get a part of their id added, and from then on the database refuses a second
 * cycle of the same name.
 */
final class CycleNameMigration {

	private static final UUID OLDEST = UUID.fromString("33333333-0000-0000-0000-000000000000");

	private static final UUID LATER = UUID.fromString("11111111-0000-0000-0000-000000000000");

	private static final UUID LATEST = UUID.fromString("22222222-0000-0000-0000-000000000000");

	private static final UUID OTHER = UUID.fromString("44444444-0000-0000-0000-000000000000");

	private CycleNameMigration() {
	}

	static void keepsTheOldestNameAndTellsTheOthersApart(DataSource dataSource, String schema) {
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.cleanDisabled(false)
			.locations("classpath:db/migration")
			.load();
		flyway.clean();
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("classpath:db/migration")
			.target("12")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Instant created = Instant.parse("2026-10-01T08:00:00Z");
		insert(jdbc, LATER, "Q4 2026", created.plusSeconds(60), false);
		insert(jdbc, OLDEST, "Q4 2026", created, false);
		insert(jdbc, LATEST, "q4 2026", created.plusSeconds(120), false);
		insert(jdbc, OTHER, "2026", created.plusSeconds(60), false);

		flyway.migrate();

		assertThat(names(jdbc)).containsExactlyInAnyOrder("2026", "Q4 2026", "Q4 2026 (11111111)",
				"q4 2026 (22222222)");
		assertThat(jdbc.sql("select name from cycle where id = ?").param(OLDEST).query(String.class).single())
			.isEqualTo("Q4 2026");
		assertThat(jdbc.sql("select name_key from cycle where id = ?").param(OTHER).query(String.class).single())
			.isEqualTo("2026");
		assertThatThrownBy(() -> insert(jdbc, UUID.randomUUID(), " q4 2026", created, true))
			.isInstanceOf(DuplicateKeyException.class);
		insert(jdbc, UUID.randomUUID(), "Q1 2027", created, true);
	}

	private static List<String> names(JdbcClient jdbc) {
		return jdbc.sql("select name from cycle order by name").query(String.class).list();
	}

	private static void insert(JdbcClient jdbc, UUID id, String name, Instant createdAt, boolean withKey) {
		jdbc.sql("""
				insert into cycle (id, name, start_date, end_date, phase, created_at, version%s)
				values (:id, :name, :start, :end, 'EXECUTE', :created, 0%s)""".formatted(withKey ? ", name_key" : "",
				withKey ? ", lower(trim(:name))" : ""))
			.param("id", id)
			.param("name", name)
			.param("start", LocalDate.of(2026, 10, 1))
			.param("end", LocalDate.of(2026, 12, 31))
			.param("created", Timestamp.from(createdAt))
			.update();
	}

}
