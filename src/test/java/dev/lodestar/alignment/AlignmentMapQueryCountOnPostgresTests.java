package dev.lodestar.alignment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The alignment map's statement counts on PostgreSQL, in a schema of their own migrated
 * afresh: the map of a cycle with many teams, objectives and links runs as many
 * statements as one with a few there too, drawn whole or around one team.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_alignment_map_counts",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=lodestar_alignment_map_counts", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT })
@Import(CleanPostgresSchema.class)
class AlignmentMapQueryCountOnPostgresTests extends AlignmentMapQueryCountScenarios {

}
