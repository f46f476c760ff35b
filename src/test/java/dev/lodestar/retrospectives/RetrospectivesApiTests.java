package dev.lodestar.retrospectives;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class RetrospectivesApiTests extends ApiTest {

	@Test
	void aTeamMemberWritesTheRetrospectiveAndMarksItHeld() {
		String cycle = cycle("reflect");
		String team = team("Platform " + UUID.randomUUID());
		Person member = person("member");
		join(team, member, false);
		String path = "/api/v1/cycles/" + cycle + "/retrospectives/" + team;

		Reply empty = this.admin.get(path);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().get("version").asLong()).isZero();
		assertThat(empty.json().get("held").asBoolean()).isFalse();

		Reply first = member.api()
			.put(path, Map.of("worked", "Weekly check-ins", "didNotWork", "Too many key results", "change",
					"Three key results per objective at most"));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.header("Location")).endsWith(path);
		assertThat(first.field("worked")).isEqualTo("Weekly check-ins");

		Reply held = member.api()
			.put(path, Map.of("worked", "Weekly check-ins", "didNotWork", "Too many key results", "change",
					"Three key results per objective at most", "held", true));
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.json().get("held").asBoolean()).isTrue();
		assertThat(held.json().get("version").asLong()).isEqualTo(2);

		Reply read = this.admin.get(path);
		assertThat(read.field("didNotWork")).isEqualTo("Too many key results");
		assertThat(read.field("change")).isEqualTo("Three key results per objective at most");
		assertThat(read.json().get("held").asBoolean()).isTrue();
		assertThat(this.admin.get("/api/v1/cycles/" + cycle + "/retrospectives").json().get("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void aRetrospectiveForAnUnknownTeamOrCycleIsNotFound() {
		String cycle = cycle("reflect");
		String unknown = UUID.randomUUID().toString();
		assertThat(this.admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + unknown, Map.of("worked", "x"))
			.status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/cycles/" + unknown + "/retrospectives/" + team("T " + unknown)).status())
			.isEqualTo(404);
		assertThat(this.admin.get("/api/v1/cycles/" + cycle + "/retrospectives").json().get("total").asInt()).isZero();
	}

	@Test
	void outsidersAndStaleWritesAreRefusedAndChangeNothing() {
		String cycle = cycle("reflect");
		String team = team("Growth " + UUID.randomUUID());
		String path = "/api/v1/cycles/" + cycle + "/retrospectives/" + team;
		assertThat(person("member").api().put(path, Map.of("worked", "x")).status()).isEqualTo(403);
		this.admin.put(path, Map.of("worked", "first"));
		Reply stale = this.admin.send("PUT", path, Map.of("worked", "second"), Map.of("If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(this.admin.get(path).field("worked")).isEqualTo("first");
	}

	@Test
	void aClosedCyclesRetrospectiveIsReadOnly() {
		String cycle = cycle("closed");
		String team = team("Closed " + UUID.randomUUID());
		Reply reply = this.admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team, Map.of("worked", "x"));
		assertThat(reply.status()).isEqualTo(409);
	}

	@Test
	void learningsAreWrittenPerObjective() {
		String cycle = cycle("reflect");
		String team = team("Learning " + UUID.randomUUID());
		String objective = objective(cycle, team);
		Reply written = this.admin.put("/api/v1/objectives/" + objective + "/learning",
				Map.of("learning", "Baselines first, targets second"));
		assertThat(written.status()).isEqualTo(200);
		assertThat(this.admin.get("/api/v1/objectives/" + objective + "/learning").field("learning"))
			.isEqualTo("Baselines first, targets second");
		assertThat(this.admin.get("/api/v1/objectives/" + UUID.randomUUID() + "/learning").status()).isEqualTo(404);
	}

}
