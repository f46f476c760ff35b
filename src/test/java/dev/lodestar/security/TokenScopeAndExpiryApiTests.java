package dev.lodestar.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token's scope and expiry: a read token only reads, an expired token is refused, and
 * no token creates tokens.
 */
class TokenScopeAndExpiryApiTests extends ApiTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aTokenIsWriteAndNeverExpiresUnlessAskedOtherwise() {
		Person member = person("member");
		Reply created = basic(member).post("/api/v1/tokens", Map.of("name", "ci script"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("scope")).isEqualTo("write");
		assertThat(created.json().get("expiresAt").isNull()).isTrue();

		String expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		Reply reader = basic(member).post("/api/v1/tokens",
				Map.of("name", "dashboard", "scope", "read", "expiresAt", expiresAt));
		assertThat(reader.status()).as(reader.toString()).isEqualTo(201);
		assertThat(reader.field("scope")).isEqualTo("read");
		assertThat(Instant.parse(reader.field("expiresAt"))).isEqualTo(Instant.parse(expiresAt));

		Reply listed = member.api().get("/api/v1/tokens");
		assertThat(listed.json()
			.get("items")
			.valueStream()
			.filter((token) -> token.get("name").asString().equals("dashboard"))
			.map((token) -> token.get("scope").asString() + " " + Instant.parse(token.get("expiresAt").asString())))
			.containsExactly("read " + Instant.parse(expiresAt));
	}

	@Test
	void aReadTokenReadsButEveryWriteIsForbidden() {
		Person member = person("member");
		Api reader = this.anonymous
			.withToken(basic(member).post("/api/v1/tokens", Map.of("name", "r", "scope", "read")).field("token"));
		assertThat(reader.get("/api/v1/people/me").status()).isEqualTo(200);
		assertThat(reader.get("/api/v1/tokens").status()).isEqualTo(200);
		Reply patch = reader.patch("/api/v1/people/" + member.id(), Map.of("name", "Renamed"));
		assertThat(patch.status()).isEqualTo(403);
		assertThat(patch.contentType()).startsWith("application/problem+json");
		assertThat(patch.field("detail")).contains("only read");
		assertThat(reader.post("/api/v1/teams", Map.of("name", "Readers")).status()).isEqualTo(403);
		String tokenId = basic(member).post("/api/v1/tokens", Map.of("name", "other")).field("id");
		assertThat(reader.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(403);
		assertThat(member.api().get("/api/v1/people/me").field("name")).isNotEqualTo("Renamed");
	}

	@Test
	void anExpiredTokenIsUnauthorized() {
		Person member = person("member");
		Reply created = basic(member).post("/api/v1/tokens",
				Map.of("name", "soon gone", "expiresAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
		Api api = this.anonymous.withToken(created.field("token"));
		assertThat(api.get("/api/v1/people/me").status()).isEqualTo(200);
		this.jdbc.sql("update api_token set expires_at = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), UUID.fromString(created.field("id")))
			.update();
		Reply expired = api.get("/api/v1/people/me");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.field("detail")).contains("expired");
	}

	@Test
	void anExpiryInThePastOrAnUnknownScopeIsRefusedNamingTheField() {
		Person member = person("member");
		Reply past = basic(member).post("/api/v1/tokens",
				Map.of("name", "late", "expiresAt", Instant.now().minusSeconds(60).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.errorFields()).containsExactly("expiresAt");
		Reply scope = basic(member).post("/api/v1/tokens", Map.of("name", "admin-ish", "scope", "admin"));
		assertThat(scope.status()).isEqualTo(400);
		assertThat(scope.errorFields()).containsExactly("scope");
		Reply garbled = basic(member).post("/api/v1/tokens", Map.of("name", "when", "expiresAt", "next week"));
		assertThat(garbled.status()).isEqualTo(400);
		assertThat(garbled.errorFields()).containsExactly("expiresAt");
	}

	@Test
	void noTokenOfAnyScopeCreatesTokens() {
		Person member = person("member");
		for (String scope : new String[] { "read", "write" }) {
			Api api = this.anonymous
				.withToken(basic(member).post("/api/v1/tokens", Map.of("name", scope, "scope", scope)).field("token"));
			Reply refused = api.post("/api/v1/tokens", Map.of("name", "child of " + scope));
			assertThat(refused.status()).as(scope).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		assertThat(this.anonymous.withToken("lst_made-up").post("/api/v1/tokens", Map.of("name", "x")).status())
			.isEqualTo(401);
		assertThat(member.api().get("/api/v1/tokens").json().get("total").asInt()).isEqualTo(3);
	}

	@Test
	void theOpenApiDocumentNamesTheRefusals() {
		var paths = this.anonymous.get("/api/v1/openapi.json").json().get("paths");
		assertThat(paths.get("/api/v1/tokens").get("post").get("responses").propertyNames()).contains("201", "400",
				"401", "403", "429");
		assertThat(paths.get("/api/v1/people/{id}").get("patch").get("responses").propertyNames()).contains("400",
				"403", "429");
	}

	private Api basic(Person person) {
		return this.anonymous.withBasic(person.email(), PASSWORD);
	}

}
