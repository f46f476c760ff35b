package dev.lodestar.backups;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may back up, and what Lodestar answers where it cannot: this instance keeps its
 * database in memory.
 */
class BackupsApiTests extends ApiTest {

	@Test
	void onlyAdminsTouchBackups() {
		for (String role : new String[] { "member", "champion", "viewer" }) {
			Person person = person(role);
			assertThat(person.api().post("/api/v1/backups", null).status()).isEqualTo(403);
			assertThat(person.api().get("/api/v1/backups").status()).isEqualTo(403);
			Reply download = person.api().get("/api/v1/backups/lodestar-20261205-081502-123.zip");
			assertThat(download.status()).isEqualTo(403);
			assertThat(download.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(this.anonymous.post("/api/v1/backups", null).status()).isEqualTo(401);
	}

	@Test
	void aDatabaseInMemoryIsNotBackedUpButSaysWhatToUse() {
		Reply refused = this.admin.post("/api/v1/backups", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(refused.field("detail")).contains("in memory").contains("pg_dump");
		assertThat(this.admin.get("/api/v1/backups").json().get("total").asInt()).isZero();
	}

	@Test
	void aNameThatIsNotABackupsNameNamesNothing() {
		for (String name : new String[] { "lodestar-20261205-081502-123.zip", "lodestar.mv.db",
				".lodestar-20261205-081502-123.zip.part", "lodestar-20261399-999999-123.zip",
				"lodestar-20261205-081502-123.zip.sql" }) {
			Reply reply = this.admin.get("/api/v1/backups/" + name);
			assertThat(reply.status()).as(name).isEqualTo(404);
			assertThat(reply.contentType()).as(name).isEqualTo("application/problem+json");
		}
	}

}
