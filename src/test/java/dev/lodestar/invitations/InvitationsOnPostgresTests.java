package dev.lodestar.invitations;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The invitations' API tests on PostgreSQL, in a schema of their own emptied and migrated
 * afresh on every run: inviting, accepting, the second acceptance that changes nothing,
 * two acceptances at once of which one wins, and the batched invitations of an import.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=inv_pg",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=inv_pg", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.mail.retry-delay=500ms",
				"lodestar.jobs.polling-interval=200ms", "lodestar.surveys.invitations=false" })
@Import(CleanPostgresSchema.class)
class InvitationsOnPostgresTests extends InvitationsApiTests {

}
