package dev.lodestar.persistence;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.lodestar.testing.PostgresSuite;

/**
 * The storage contract on PostgreSQL, in a schema of its own that is emptied and migrated
 * afresh on every run.
 */
@PostgresSuite
@SpringBootTest(properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_persistence",
		"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
		"spring.flyway.schemas=lodestar_persistence", "spring.flyway.clean-disabled=false" })
class PostgresPersistenceTests extends PersistenceContract {

	@TestConfiguration
	static class CleanSchema {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

}
