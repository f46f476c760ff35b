package dev.lodestar.organization;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleApiTests extends ApiTest {

	@Test
	void adminAddsAPersonWhoNeverSeesAPassword() {
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", "Grace Hopper", "email", "Grace.Hopper@Lodestar.test", "role", "champion"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/people/" + created.field("id"));
		assertThat(created.field("email")).isEqualTo("grace.hopper@lodestar.test");
		assertThat(created.field("role")).isEqualTo("champion");
		assertThat(created.json().get("teamIds").size()).isZero();
		assertThat(created.body()).doesNotContainIgnoringCase("password");
	}

	@Test
	void meIsTheSignedInPerson() {
		Person member = person("member");
		Reply me = member.api().get("/api/v1/people/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.field("id")).isEqualTo(member.id());
		assertThat(me.header("ETag")).isNotBlank();
	}

	@Test
	void emailIsUniqueAndMustLookLikeOne() {
		Person existing = person("member");
		Reply duplicate = this.admin.post("/api/v1/people",
				Map.of("name", "Twin", "email", existing.email().toUpperCase(), "role", "member"));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.errorFields()).containsExactly("email");
		Reply malformed = this.admin.post("/api/v1/people",
				Map.of("name", "", "email", "not-an-address", "role", "boss", "password", "short"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).contains("role");
	}

	@Test
	void everyBrokenRuleIsNamedAtOnce() {
		Reply malformed = this.admin.post("/api/v1/people",
				Map.of("name", "", "email", "not-an-address", "role", "member", "password", "short"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactlyInAnyOrder("name", "email", "password");
	}

	@Test
	void aPersonChangesTheirOwnNameButNotTheirRole() {
		Person member = person("member");
		Reply renamed = member.api().patch("/api/v1/people/" + member.id(), Map.of("name", "New Name"));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.field("name")).isEqualTo("New Name");
		assertThat(member.api().patch("/api/v1/people/" + member.id(), Map.of("role", "admin")).status())
			.isEqualTo(403);
		assertThat(member.api().get("/api/v1/people/me").field("role")).isEqualTo("member");
	}

	@Test
	void changedPasswordSignsIn() {
		Person member = person("member");
		assertThat(member.api()
			.patch("/api/v1/people/" + member.id(), Map.of("password", "a-new-password", "currentPassword", PASSWORD))
			.status()).isEqualTo(200);
		assertThat(this.anonymous.withBasic(member.email(), "a-new-password")
			.post("/api/v1/tokens", Map.of("name", "new"))
			.status()).isEqualTo(201);
		assertThat(this.anonymous.withBasic(member.email(), PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "old"))
			.status()).isEqualTo(401);
	}

	@Test
	void removedPersonIsGone() {
		Person member = person("member");
		assertThat(this.admin.delete("/api/v1/people/" + member.id()).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/people/" + member.id()).status()).isEqualTo(404);
		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
	}

	@Test
	void ownerOfKeyResultsCannotBeRemoved() {
		Person owner = person("member");
		keyResult(objective(cycle("set"), null), owner.id());
		assertThat(this.admin.delete("/api/v1/people/" + owner.id()).status()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/people/" + owner.id()).status()).isEqualTo(200);
	}

}
