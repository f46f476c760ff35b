package dev.lodestar.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.lodestar.testing.PostgresSuite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that gives tokens a scope and an expiry keeps the tokens made before it
 * working as they did (write, never expiring), and adds the table of sign-in attempts.
 */
@PostgresSuite
class CredentialsMigrationOnPostgresTests {

	private static final String SCHEMA = "credentials_migration";

	@Test
	void tokensMadeBeforeTheMigrationWriteAndNeverExpire() {
		var dataSource = new DriverManagerDataSource(PostgresSuite.URL + "?currentSchema=" + SCHEMA, PostgresSuite.USER,
				"");
		Flyway before = flyway(dataSource, "12");
		before.clean();
		before.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID person = UUID.randomUUID();
		UUID token = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql(
				"insert into person (id, name, email, role, created_at, version) values (?, 'Ada', 'ada@lodestar.test',"
						+ " 'MEMBER', ?, 0)")
			.params(person, now)
			.update();
		jdbc.sql("insert into api_token (id, person_id, name, token_hash, created_at) values (?, ?, 'old', ?, ?)")
			.params(token, person, "f".repeat(64), now)
			.update();

		flyway(dataSource, "latest").migrate();

		assertThat(jdbc.sql("select scope from api_token where id = ?").param(token).query(String.class).single())
			.isEqualTo("WRITE");
		assertThat(jdbc.sql("select expires_at from api_token where id = ?")
			.param(token)
			.query(Timestamp.class)
			.optional()).isEmpty();
		assertThat(jdbc.sql("select count(*) from sign_in_attempt").query(Long.class).single()).isZero();
	}

	private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.target(target)
			.load();
	}

}
