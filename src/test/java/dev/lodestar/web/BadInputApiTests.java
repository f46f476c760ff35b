package dev.lodestar.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client mistakes get a 4xx problem that names the field, never a 500, and nothing is
 * half-stored.
 */
class BadInputApiTests extends ApiTest {

	@Test
	void malformedJsonIsABadRequest() {
		Reply reply = this.admin.post("/api/v1/teams", "{\"name\": \"Unfinished\"");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("type").asString()).isNotBlank();
		assertThat(reply.json().get("title").asString()).isNotBlank();
		assertThat(reply.json().get("status").asInt()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).isNotBlank();
		assertThat(reply.errorFields()).containsExactly("body");
	}

	@Test
	void wrongTypesNameTheirField() {
		Reply reply = this.admin.post("/api/v1/cycles",
				"{\"name\": [\"Q1\"], \"startDate\": \"2027-01-01\", \"endDate\": \"2027-03-31\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("name");
		Reply number = this.admin.put("/api/v1/teams/" + team("Typed") + "/members/" + person("member").id(),
				"{\"lead\": \"yes\"}");
		assertThat(number.status()).isEqualTo(400);
		assertThat(number.errorFields()).containsExactly("lead");
	}

	@Test
	void patchWithWrongTypesChangesNothing() {
		String cycle = cycle("prepare");
		Reply reply = this.admin.patch("/api/v1/cycles/" + cycle, "{\"name\": \"Changed\", \"endDate\": 20270101}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("endDate");
		assertThat(this.admin.get("/api/v1/cycles/" + cycle).field("name")).startsWith("Cycle ");
	}

	@Test
	void patchMustBeAnObject() {
		Reply reply = this.admin.patch("/api/v1/cycles/" + cycle("prepare"), "[1, 2]");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("body");
	}

	@Test
	void oversizedBodyIsRefusedBeforeItIsRead() {
		Reply reply = this.admin.post("/api/v1/teams", Map.of("name", "x".repeat(2_000_000)));
		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void pagingOutOfRangeIsNamed() {
		Reply tooMany = this.admin.get("/api/v1/objectives?limit=501");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.errorFields()).containsExactly("limit");
		assertThat(this.admin.get("/api/v1/objectives?offset=-1").errorFields()).containsExactly("offset");
		assertThat(this.admin.get("/api/v1/objectives?limit=ten").errorFields()).containsExactly("limit");
		assertThat(this.admin.get("/api/v1/objectives?cycleId=nonsense").errorFields()).containsExactly("cycleId");
	}

	@Test
	void unknownIdsAndAddressesAreNotFound() {
		assertThat(this.admin.get("/api/v1/objectives/not-a-uuid").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/teams/2b7c2f1e-61a4-4e7b-9f38-2d0f4a1c9e55").status()).isEqualTo(404);
		Reply nowhere = this.admin.get("/api/v1/nowhere");
		assertThat(nowhere.status()).isEqualTo(404);
		assertThat(nowhere.contentType()).startsWith("application/problem+json");
	}

	@Test
	void wrongMethodAndMediaTypeAreProblems() {
		Reply method = this.admin.send("PUT", "/api/v1/objectives", "{}", Map.of());
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.contentType()).startsWith("application/problem+json");
		Reply media = this.admin.send("POST", "/api/v1/teams", "{}", Map.of("Content-Type", "text/plain"));
		assertThat(media.status()).isEqualTo(415);
		assertThat(media.contentType()).startsWith("application/problem+json");
	}

	@Test
	void nulCharactersAreRefusedNotStored() {
		String cycle = cycle("set");
		Reply reply = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "title", "Nul\u0000title", "description", "and\u0000more"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactlyInAnyOrder("title", "description");
		Reply email = this.admin.post("/api/v1/people",
				Map.of("name", "Nul", "email", "nul\u0000@lodestar.test", "role", "member"));
		assertThat(email.errorFields()).containsExactly("email");
	}

	@Test
	void numbersBeyondRangeAreRefused() {
		String objective = objective(cycle("set"), null);
		Reply reply = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				"{\"title\": \"Huge\", \"ownerId\": \"" + person("member").id()
						+ "\", \"type\": \"percentage\", \"targetValue\": 1e400}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("targetValue");
	}

	@Test
	void noResponseShowsTheInside() {
		Reply reply = this.admin.post("/api/v1/objectives", "{\"cycleId\": 42}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).doesNotContain("Exception", "at dev.", "SQL", "tools.jackson");
	}

}
