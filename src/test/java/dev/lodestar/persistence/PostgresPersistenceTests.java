package dev.lodestar.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The storage contract on PostgreSQL, in a schema of its own that is emptied and migrated
 * afresh on every run.
 */
@PostgresSuite
@SpringBootTest(properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_persistence",
		"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
		"spring.flyway.schemas=lodestar_persistence", "spring.flyway.clean-disabled=false" })
@Import(CleanPostgresSchema.class)
class PostgresPersistenceTests extends PersistenceContract {

}
