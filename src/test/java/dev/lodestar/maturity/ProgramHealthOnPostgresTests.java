package dev.lodestar.maturity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The program health API tests on PostgreSQL, in a schema of its own emptied and migrated
 * afresh on every run: the weeks, scores and shares worked out as PostgreSQL does it.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=health_pg",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=health_pg", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms" })
@Import(CleanPostgresSchema.class)
class ProgramHealthOnPostgresTests extends ProgramHealthApiTests {

}
