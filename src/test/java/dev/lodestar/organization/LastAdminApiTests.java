package dev.lodestar.organization;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database of its own, where the first admin is surely the only one.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:last-admin;DB_CLOSE_DELAY=-1")
class LastAdminApiTests extends ApiTest {

	@Test
	void theLastAdminCanNeitherBeDemotedNorRemoved() {
		String me = this.admin.get("/api/v1/people/me").field("id");
		assertThat(this.admin.patch("/api/v1/people/" + me, Map.of("role", "member")).status()).isEqualTo(409);
		assertThat(this.admin.delete("/api/v1/people/" + me).status()).isEqualTo(409);

		Person second = person("admin");
		Reply demoted = second.api().patch("/api/v1/people/" + me, Map.of("role", "member"));
		assertThat(demoted.status()).isEqualTo(200);
		assertThat(demoted.field("role")).isEqualTo("member");
	}

}
