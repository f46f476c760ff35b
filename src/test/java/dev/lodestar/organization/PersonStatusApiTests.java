package dev.lodestar.organization;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deactivating a person stops their sign-in and their tokens and keeps them; activating
 * them again lets them back in.
 */
class PersonStatusApiTests extends ApiTest {

	@Test
	void aDeactivatedPersonCanNeitherSignInNorUseTheirTokensAndComesBackWhenActivated() {
		Person member = person("member");
		assertThat(member.api().get("/api/v1/people/me").field("status")).isEqualTo("active");

		Reply deactivated = this.admin.patch("/api/v1/people/" + member.id(), Map.of("status", "deactivated"));
		assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
		assertThat(deactivated.field("status")).isEqualTo("deactivated");

		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		assertThat(this.anonymous.withBasic(member.email(), PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "after"))
			.status()).isEqualTo(401);
		Reply kept = this.admin.get("/api/v1/people/" + member.id());
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.field("status")).isEqualTo("deactivated");

		Reply activated = this.admin.patch("/api/v1/people/" + member.id(), Map.of("status", "active"));
		assertThat(activated.field("status")).isEqualTo("active");
		assertThat(this.anonymous.withToken(token(member.email(), PASSWORD)).get("/api/v1/people/me").status())
			.isEqualTo(200);
	}

	@Test
	void onlyAnAdminChangesAStatusAndNeverToInvitedOrTheirOwn() {
		Person member = person("member");
		Person champion = person("champion");
		assertThat(champion.api().patch("/api/v1/people/" + member.id(), Map.of("status", "deactivated")).status())
			.isEqualTo(403);
		assertThat(member.api().patch("/api/v1/people/" + member.id(), Map.of("status", "deactivated")).status())
			.isEqualTo(403);

		Reply invited = this.admin.patch("/api/v1/people/" + member.id(), Map.of("status", "invited"));
		assertThat(invited.status()).isEqualTo(400);
		assertThat(invited.toString()).contains("status");

		Reply unknown = this.admin.patch("/api/v1/people/" + member.id(), Map.of("status", "asleep"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.toString()).contains("status");

		String me = this.admin.get("/api/v1/people/me").field("id");
		assertThat(this.admin.patch("/api/v1/people/" + me, Map.of("status", "deactivated")).status()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/people/" + member.id()).field("status")).isEqualTo("active");
	}

}
