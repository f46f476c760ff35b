package dev.lodestar.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class TokensApiTests extends ApiTest {

	@Test
	void basicCredentialsCreateATokenShownOnce() {
		Person member = person("member");
		Reply created = this.anonymous.withBasic(member.email(), PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "ci script"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("name")).isEqualTo("ci script");
		assertThat(created.field("token")).startsWith("lst_");
		assertThat(created.field("createdAt")).isNotBlank();
		assertThat(created.header("Location")).endsWith("/api/v1/tokens/" + created.field("id"));
		Reply listed = member.api().get("/api/v1/tokens");
		assertThat(listed.body()).contains("ci script").doesNotContain(created.field("token"));
		assertThat(this.anonymous.withToken(created.field("token")).get("/api/v1/people/me").field("id"))
			.isEqualTo(member.id());
	}

	@Test
	void revokedTokenStopsWorking() {
		Person member = person("member");
		Reply created = this.anonymous.withBasic(member.email(), PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "short-lived"));
		var api = this.anonymous.withToken(created.field("token"));
		assertThat(api.delete("/api/v1/tokens/" + created.field("id")).status()).isEqualTo(204);
		Reply after = api.get("/api/v1/people/me");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
	}

	@Test
	void othersCannotRevokeMyToken() {
		Person owner = person("member");
		Reply created = this.anonymous.withBasic(owner.email(), PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "mine"));
		assertThat(person("member").api().delete("/api/v1/tokens/" + created.field("id")).status()).isEqualTo(403);
		assertThat(this.admin.delete("/api/v1/tokens/" + created.field("id")).status()).isEqualTo(204);
	}

	@Test
	void wrongPasswordOrNoCredentialsAreUnauthorized() {
		Person member = person("member");
		Reply wrong = this.anonymous.withBasic(member.email(), "not-the-password")
			.post("/api/v1/tokens", Map.of("name", "x"));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic");
		Reply none = this.anonymous.get("/api/v1/objectives");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(this.anonymous.withToken("lst_made-up").get("/api/v1/objectives").status()).isEqualTo(401);
	}

	@Test
	void passwordsWorkOnlyForCreatingTokens() {
		Person member = person("member");
		assertThat(this.anonymous.withBasic(member.email(), PASSWORD).get("/api/v1/people/me").status()).isEqualTo(401);
	}

	@Test
	void tokenNeedsAName() {
		Person member = person("member");
		Reply reply = this.anonymous.withBasic(member.email(), PASSWORD).post("/api/v1/tokens", Map.of("name", " "));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("name");
	}

	@Test
	void healthAndOpenApiAreOpen() {
		assertThat(this.anonymous.get("/api/v1/health").json().get("status").asString()).isEqualTo("UP");
		assertThat(this.anonymous.get("/api/v1/openapi.json").status()).isEqualTo(200);
	}

}
