package dev.lodestar.web;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTests extends ApiTest {

	@Test
	void documentDescribesEveryCoreResource() {
		Reply reply = this.anonymous.get("/api/v1/openapi.json");
		assertThat(reply.status()).isEqualTo(200);
		var paths = reply.json().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/people", "/api/v1/people/me", "/api/v1/people/{id}",
				"/api/v1/teams", "/api/v1/teams/{id}", "/api/v1/teams/{id}/members/{personId}", "/api/v1/cycles",
				"/api/v1/cycles/{id}", "/api/v1/cycles/{id}/phase", "/api/v1/objectives", "/api/v1/objectives/{id}",
				"/api/v1/objectives/{objectiveId}/key-results", "/api/v1/key-results/{id}",
				"/api/v1/key-results/{id}/check-ins", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/health");
		assertThat(reply.json().get("info").get("title").asString()).isEqualTo("Lodestar API");
		assertThat(reply.json().get("components").get("securitySchemes").has("bearer")).isTrue();
	}

}
