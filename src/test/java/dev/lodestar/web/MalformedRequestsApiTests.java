package dev.lodestar.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.RawHttp;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The classes of malformed requests that once answered a 500 or an HTML page: each is a
 * 4xx problem+json now, naming the field where there is one.
 */
class MalformedRequestsApiTests extends ApiTest {

	@Autowired
	private JsonMapper json;

	@Test
	void wildcardAndBoundaryLessContentTypesAreUnsupported() {
		for (String type : List.of("*/*", "application/*", "multipart/form-data")) {
			Reply reply = this.admin.send("POST", "/api/v1/teams", "{\"name\": \"Typed\"}",
					Map.of("Content-Type", type));
			assertThat(reply.status()).as(type).isEqualTo(415);
			assertThat(reply.contentType()).startsWith("application/problem+json");
		}
		Reply get = this.admin.send("GET", "/api/v1/teams", "{}", Map.of("Content-Type", "multipart/form-data"));
		assertThat(get.status()).isEqualTo(415);
	}

	@Test
	void queryValuesThatAreNotUtf8NameTheirParameter() {
		for (String value : List.of("%C3%28", "%FF", "%ED%A0%80")) {
			Reply reply = this.admin.get("/api/v1/objectives?limit=5&teamId=" + value);
			assertThat(reply.status()).as(value).isEqualTo(400);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.errorFields()).containsExactly("teamId");
		}
		assertThat(this.admin.get("/api/v1/objectives?limit=%35").status()).isEqualTo(200);
	}

	@Test
	void datesOutsideTheYears1To9999NameTheirField() {
		Reply created = this.admin.post("/api/v1/cycles",
				Map.of("name", "Far", "startDate", "+999999999-12-27", "endDate", "2027-03-31"));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.errorFields()).containsExactly("startDate");
		Reply zero = this.admin.post("/api/v1/cycles",
				Map.of("name", "Far", "startDate", "2027-01-01", "endDate", "0000-12-31"));
		assertThat(zero.errorFields()).containsExactly("endDate");
		Reply patched = this.admin.patch("/api/v1/cycles/" + cycle("prepare"), Map.of("endDate", "+10000-01-01"));
		assertThat(patched.status()).isEqualTo(400);
		assertThat(patched.errorFields()).containsExactly("endDate");
		Reply week = this.admin.get("/api/v1/teams/" + team("Far") + "/weeks/+999999999-12-27");
		assertThat(week.status()).isEqualTo(400);
		assertThat(week.errorFields()).containsExactly("week");
	}

	@Test
	void numbersThatWouldMakeProgressNotFiniteNameTheirField() {
		String objective = objective(cycle("execute"), null);
		String owner = person("member").id();
		Reply huge = this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				"{\"title\": \"Huge\", \"ownerId\": \"" + owner
						+ "\", \"type\": \"metric\", \"startValue\": -1e308, \"targetValue\": 1e308}");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.errorFields()).containsExactlyInAnyOrder("startValue", "targetValue");
		String keyResult = keyResult(objective, owner);
		Reply checkIn = this.admin.post("/api/v1/key-results/" + keyResult + "/check-ins",
				"{\"value\": 1e16, \"confidence\": 5}");
		assertThat(checkIn.status()).isEqualTo(400);
		assertThat(checkIn.errorFields()).containsExactly("value");
		Reply weight = this.admin.patch("/api/v1/key-results/" + keyResult, "{\"weight\": 1e300}");
		assertThat(weight.errorFields()).containsExactly("weight");
		Reply edge = this.admin.post("/api/v1/key-results/" + keyResult + "/check-ins",
				"{\"value\": 1e15, \"confidence\": 5}");
		assertThat(edge.status()).isEqualTo(201);
		assertThat(this.admin.get("/api/v1/key-results/" + keyResult).json().get("progress").asDouble()).isEqualTo(1.0);
	}

	@Test
	void aNumberIsNoChoiceOfAList() {
		String cycle = cycle("prepare");
		Reply phase = this.admin.post("/api/v1/cycles/" + cycle + "/phase", "{\"phase\": 1}");
		assertThat(phase.status()).isEqualTo(400);
		assertThat(phase.errorFields()).containsExactly("phase");
		assertThat(this.admin.get("/api/v1/cycles/" + cycle).field("phase")).isEqualTo("prepare");
		Reply kind = this.admin.post("/api/v1/objectives",
				"{\"cycleId\": \"" + cycle + "\", \"title\": \"Numbered\", \"kind\": 1}");
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.errorFields()).containsExactly("kind");
	}

	@Test
	void loneSurrogatesAreRefusedLikeNul() {
		String cycle = cycle("set");
		Reply created = this.admin.post("/api/v1/objectives",
				"{\"cycleId\": \"" + cycle + "\", \"title\": \"Half \\ud800 a character\"}");
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.errorFields()).containsExactly("title");
		Reply team = this.admin.patch("/api/v1/teams/" + team("Whole"), "{\"name\": \"Lone \\udc00\"}");
		assertThat(team.status()).isEqualTo(400);
		assertThat(team.errorFields()).containsExactly("name");
		Reply pair = this.admin.post("/api/v1/teams", "{\"name\": \"Star \\ud83c\\udf1f\"}");
		assertThat(pair.status()).isEqualTo(201);
		assertThat(pair.field("name")).isEqualTo("Star \uD83C\uDF1F");
	}

	@Test
	void everyJsonBodyIsHeldToTheDateRangeAndWholeTexts() {
		assertThat(this.json.readValue("{\"text\": \"Star \\ud83c\\udf1f\", \"day\": \"9999-12-31\"}", Typed.class))
			.isEqualTo(new Typed("Star \uD83C\uDF1F", java.time.LocalDate.of(9999, 12, 31)));
		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> this.json.readValue("{\"text\": \"a\\ud800\"}", Typed.class))
			.satisfies((ex) -> assertThat(Problems.path(ex)).isEqualTo("text"));
		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> this.json.readValue("{\"day\": \"+999999999-12-27\"}", Typed.class))
			.satisfies((ex) -> assertThat(Problems.typeMessage(ex)).contains("9999-12-31"));
	}

	record Typed(String text, java.time.LocalDate day) {
	}

	@Test
	void requestsTheServletContainerRefusesAreProblemsUnderTheApi() {
		RawHttp raw = new RawHttp(this.port);
		for (String path : List.of("/api/v1/teams/%2F", "/api/v1/teams/\\", "/api/v1/teams/%00", "/api/v1/teams/%C3%28",
				"/api/v1/teams/..%2F..")) {
			Reply reply = raw.get(path, List.of());
			assertThat(reply.status()).as(path).isBetween(400, 499);
			assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
			assertThat(reply.body()).doesNotContain("Tomcat", "<html");
		}
		Reply large = raw.get("/api/v1/teams", List.of("X-Large: " + "x".repeat(9_000)));
		assertThat(large.status()).isBetween(400, 499);
		assertThat(large.contentType()).startsWith("application/problem+json");
		Reply page = raw.get("/teams/%2F", List.of());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
	}

}
