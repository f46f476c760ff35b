package dev.lodestar.cycles;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class CyclesApiTests extends ApiTest {

	@Test
	void createdCycleStartsInPrepareWithLocationAndETag() {
		String name = "2027 Q1 " + UUID.randomUUID();
		Reply created = this.admin.post("/api/v1/cycles",
				Map.of("name", "  " + name + " ", "startDate", "2027-01-01", "endDate", "2027-03-31"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/cycles/" + created.field("id"));
		assertThat(created.header("ETag")).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
		assertThat(created.field("name")).isEqualTo(name);
		assertThat(created.field("phase")).isEqualTo("prepare");
		assertThat(created.field("startDate")).isEqualTo("2027-01-01");

		Reply read = this.admin.get("/api/v1/cycles/" + created.field("id"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(created.json());
	}

	@Test
	void phasesMoveForwardOneStepAtATime() {
		String id = cycle("prepare");
		assertThat(this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "execute")).status())
			.isEqualTo(409);
		Reply set = this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "set"));
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.field("phase")).isEqualTo("set");
		assertThat(this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "prepare")).status())
			.isEqualTo(409);
		Reply unknown = this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "done"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("phase");
	}

	@Test
	void closedCycleIsReadOnly() {
		String id = cycle("closed");
		assertThat(this.admin.patch("/api/v1/cycles/" + id, Map.of("name", "Renamed" + UUID.randomUUID())).status())
			.isEqualTo(409);
		assertThat(this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "closed")).status())
			.isEqualTo(409);
		assertThat(this.admin.delete("/api/v1/cycles/" + id).status()).isEqualTo(409);
	}

	@Test
	void aSecondCycleOfTheSameNameIsRefusedNamingTheName() {
		String name = "Q4 2026 " + UUID.randomUUID();
		String first = created(this.admin.post("/api/v1/cycles",
				Map.of("name", name, "startDate", "2026-10-01", "endDate", "2026-12-31")));
		Reply again = this.admin.post("/api/v1/cycles",
				Map.of("name", " " + name.toLowerCase() + " ", "startDate", "2026-10-01", "endDate", "2026-12-31"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.errorFields()).containsExactly("name");

		String other = cycle("prepare");
		Reply renamed = this.admin.patch("/api/v1/cycles/" + other, Map.of("name", name.toUpperCase()));
		assertThat(renamed.status()).isEqualTo(409);
		assertThat(renamed.errorFields()).containsExactly("name");
		assertThat(this.admin.patch("/api/v1/cycles/" + first, Map.of("name", name.toUpperCase())).status())
			.isEqualTo(200);
	}

	@Test
	void aCycleThatNeverReachedExecuteCannotBeClosed() {
		String id = cycle("set");
		Reply reply = this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", "closed"));
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("never reached execute");
		assertThat(this.admin.get("/api/v1/cycles/" + id).field("phase")).isEqualTo("set");
	}

	@Test
	void endDateMustFollowStartDate() {
		Reply reply = this.admin.post("/api/v1/cycles",
				Map.of("name", "Backwards" + UUID.randomUUID(), "startDate", "2027-03-31", "endDate", "2027-01-01"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.errorFields()).containsExactly("endDate");
	}

	@Test
	void invalidDateNamesItsField() {
		Reply reply = this.admin.post("/api/v1/cycles",
				Map.of("name", "Odd" + UUID.randomUUID(), "startDate", "first of May", "endDate", "2027-01-01"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("startDate");
	}

	@Test
	void staleIfMatchIsRefusedAndCurrentOneAccepted() {
		String id = cycle("prepare");
		Reply read = this.admin.get("/api/v1/cycles/" + id);
		String etag = read.header("ETag");
		Reply renamed = this.admin.patch("/api/v1/cycles/" + id, Map.of("name", "First name" + UUID.randomUUID()),
				etag);
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.header("ETag")).isNotEqualTo(etag);
		Reply stale = this.admin.patch("/api/v1/cycles/" + id, Map.of("name", "Second name" + UUID.randomUUID()), etag);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(this.admin.get("/api/v1/cycles/" + id).field("name")).startsWith("First name");
		assertThat(this.admin.patch("/api/v1/cycles/" + id, Map.of("name", "Last write wins" + UUID.randomUUID()))
			.status()).isEqualTo(200);
	}

	@Test
	void deleteAnswersNoContentThenNotFound() {
		String id = cycle("prepare");
		assertThat(this.admin.delete("/api/v1/cycles/" + id).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/cycles/" + id).status()).isEqualTo(404);
	}

	@Test
	void cycleWithObjectivesCannotBeDeleted() {
		String id = cycle("set");
		objective(id, null);
		Reply reply = this.admin.delete("/api/v1/cycles/" + id);
		assertThat(reply.status()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/cycles/" + id).status()).isEqualTo(200);
	}

	@Test
	void listAnswersItemsAndTotalAndPages() {
		cycle("prepare");
		cycle("prepare");
		Reply all = this.admin.get("/api/v1/cycles");
		long total = all.json().get("total").asLong();
		assertThat(total).isGreaterThanOrEqualTo(2);
		Reply page = this.admin.get("/api/v1/cycles?limit=1&offset=1");
		assertThat(page.json().get("items").size()).isEqualTo(1);
		assertThat(page.json().get("total").asLong()).isEqualTo(total);
		assertThat(page.json().get("items").get(0)).isEqualTo(all.json().get("items").get(1));
	}

}
