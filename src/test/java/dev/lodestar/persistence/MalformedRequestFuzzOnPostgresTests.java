package dev.lodestar.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.FuzzingTest;
import dev.lodestar.testing.PostgresSuite;

/**
 * The OpenAPI fuzz test on PostgreSQL, in a schema of its own that is emptied and
 * migrated afresh on every run.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=malformed_fuzz",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=malformed_fuzz", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms",
				"lodestar.surveys.invitations=false" })
@Import(CleanPostgresSchema.class)
class MalformedRequestFuzzOnPostgresTests extends FuzzingTest {

}
