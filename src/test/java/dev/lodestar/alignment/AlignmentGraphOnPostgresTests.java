package dev.lodestar.alignment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The alignment graph and coverage scenarios on PostgreSQL, in a schema of their own
 * migrated afresh: the graph's nodes and weighted edges, a team's part of it and the
 * coverage's counts as PostgreSQL runs their queries.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_alignment_graph",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=lodestar_alignment_graph", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT })
@Import(CleanPostgresSchema.class)
class AlignmentGraphOnPostgresTests extends AlignmentGraphScenarios {

}
