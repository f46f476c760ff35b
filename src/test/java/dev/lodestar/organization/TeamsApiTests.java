package dev.lodestar.organization;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsApiTests extends ApiTest {

	@Test
	void teamsFormATree() {
		String company = team("Northwind");
		Reply department = this.admin.post("/api/v1/teams", Map.of("name", "Engineering", "parentId", company));
		assertThat(department.status()).isEqualTo(201);
		assertThat(department.field("parentId")).isEqualTo(company);
		Reply unknownParent = this.admin.post("/api/v1/teams",
				Map.of("name", "Lost", "parentId", "3a1b2c3d-0000-4000-8000-000000000000"));
		assertThat(unknownParent.status()).isEqualTo(400);
		assertThat(unknownParent.errorFields()).containsExactly("parentId");
	}

	@Test
	void aTeamCannotMoveInsideItself() {
		String top = team("Top");
		String child = created(this.admin.post("/api/v1/teams", Map.of("name", "Child", "parentId", top)));
		Reply loop = this.admin.patch("/api/v1/teams/" + top, Map.of("parentId", child));
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.errorFields()).containsExactly("parentId");
		assertThat(this.admin.patch("/api/v1/teams/" + child, "{\"parentId\": null}").field("parentId")).isNull();
	}

	@Test
	void membersAndLeadsAreListedAndTheVersionMovesOn() {
		String team = team("Growth");
		Person lead = person("member");
		Person member = person("member");
		long version = this.admin.get("/api/v1/teams/" + team).json().get("version").asLong();
		join(team, lead, true);
		Reply reply = this.admin.put("/api/v1/teams/" + team + "/members/" + member.id(), Map.of("lead", false));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("leadIds").valueStream().map((id) -> id.asString())).containsExactly(lead.id());
		assertThat(reply.json().get("memberIds").valueStream().map((id) -> id.asString()))
			.containsExactlyInAnyOrder(lead.id(), member.id());
		assertThat(reply.json().get("version").asLong()).isGreaterThan(version);
		assertThat(member.api().get("/api/v1/people/me").json().get("teamIds").get(0).asString()).isEqualTo(team);

		assertThat(this.admin.delete("/api/v1/teams/" + team + "/members/" + member.id()).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/teams/" + team).json().get("memberIds").size()).isEqualTo(1);
		assertThat(this.admin.delete("/api/v1/teams/" + team + "/members/" + member.id()).status()).isEqualTo(404);
	}

	@Test
	void unknownPersonCannotJoin() {
		assertThat(this.admin
			.put("/api/v1/teams/" + team("Ghosts") + "/members/3a1b2c3d-0000-4000-8000-000000000001",
					Map.of("lead", true))
			.status()).isEqualTo(404);
	}

	@Test
	void teamWithSubTeamsOrObjectivesIsKept() {
		String parent = team("Parent");
		created(this.admin.post("/api/v1/teams", Map.of("name", "Kid", "parentId", parent)));
		assertThat(this.admin.delete("/api/v1/teams/" + parent).status()).isEqualTo(409);
		String owning = team("Owning");
		objective(cycle("set"), owning);
		assertThat(this.admin.delete("/api/v1/teams/" + owning).status()).isEqualTo(409);
		String empty = team("Empty");
		assertThat(this.admin.delete("/api/v1/teams/" + empty).status()).isEqualTo(204);
	}

}
