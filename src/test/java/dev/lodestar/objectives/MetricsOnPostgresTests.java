package dev.lodestar.objectives;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The metrics API tests on PostgreSQL, in a schema of its own emptied and migrated afresh
 * on every run: the history, the baselines and the coach's count of a team's earlier
 * cycles as PostgreSQL reads them.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=metrics_pg",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=metrics_pg", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms" })
@Import(CleanPostgresSchema.class)
class MetricsOnPostgresTests extends MetricsApiTests {

}
