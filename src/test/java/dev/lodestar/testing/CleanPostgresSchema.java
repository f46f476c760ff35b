package dev.lodestar.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For a {@link PostgresSuite} test in a schema of its own: the schema is emptied and
 * migrated afresh when the test's application starts, so every run begins from nothing.
 */
@TestConfiguration
public class CleanPostgresSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
