package dev.lodestar.objectives;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The alignment scenarios on PostgreSQL, in a schema of their own migrated afresh: the
 * loop walk, the roll-up's weighted progress, and check-ins sent in parallel below one
 * roll-up (each locks the roll-ups above it in one order, so they wait for each other
 * instead of deadlocking, and the last one sees the others' values).
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_alignment",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=lodestar_alignment", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT })
@Import(CleanPostgresSchema.class)
class AlignmentOnPostgresTests extends AlignmentScenarios {

}
