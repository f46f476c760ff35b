package dev.lodestar.web;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.OpenApiCheck;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiTests extends ApiTest {

	@Test
	void documentDescribesEveryCoreResource() {
		Reply reply = this.anonymous.get("/api/v1/openapi.json");
		assertThat(reply.status()).isEqualTo(200);
		var paths = reply.json().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/people", "/api/v1/people/me", "/api/v1/people/{id}",
				"/api/v1/teams", "/api/v1/teams/{id}", "/api/v1/teams/{id}/members/{personId}", "/api/v1/cycles",
				"/api/v1/cycles/{id}", "/api/v1/cycles/{id}/phase", "/api/v1/objectives", "/api/v1/objectives/{id}",
				"/api/v1/objectives/{objectiveId}/key-results", "/api/v1/key-results/{id}",
				"/api/v1/key-results/{id}/check-ins", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/health");
		assertThat(reply.json().get("info").get("title").asString()).isEqualTo("Lodestar API");
		assertThat(reply.json().get("components").get("securitySchemes").has("bearer")).isTrue();
	}

	@Test
	void signedInPersonIsNoParameterOfAnyOperation() {
		List<String> withActor = new ArrayList<>();
		operations().forEach((name, operation) -> operation.path("parameters").forEach((parameter) -> {
			if (parameter.get("name").asString().equalsIgnoreCase("actor")) {
				withActor.add(name);
			}
		}));
		assertThat(withActor).isEmpty();
		assertThat(document().get("components").get("schemas").propertyNames()).doesNotContain("Actor", "JsonNode");
	}

	@Test
	void creationsAnswer201WithTheirLocationAndDeletionsAnswer204() {
		JsonNode create = operation("/api/v1/objectives", "post").get("responses");
		assertThat(create.propertyNames()).contains("201").doesNotContain("200");
		assertThat(create.get("201").get("headers").has("Location")).isTrue();
		assertThat(create.get("201").get("content").get("application/json").get("schema").get("$ref").asString())
			.endsWith("/ObjectiveResource");
		JsonNode delete = operation("/api/v1/objectives/{id}", "delete").get("responses");
		assertThat(delete.propertyNames()).contains("204", "404", "412").doesNotContain("200");
	}

	@Test
	void errorsAreDocumentedAsProblemsWhereTheyCanHappen() {
		JsonNode patch = operation("/api/v1/key-results/{id}", "patch").get("responses");
		assertThat(patch.propertyNames()).contains("400", "401", "403", "404", "409", "412", "415", "429");
		assertThat(patch.get("412").get("content").has("application/problem+json")).isTrue();
		JsonNode list = operation("/api/v1/cycles", "get").get("responses");
		assertThat(list.propertyNames()).contains("200", "400", "401", "403", "415").doesNotContain("404", "412");
		assertThat(operation("/api/v1/health", "get").get("responses").propertyNames()).contains("503")
			.doesNotContain("401");
	}

	@Test
	void everyBodyHasATypedSchemaAndTheSurveyAnswersAreNoRetrospective() {
		List<String> untyped = new ArrayList<>();
		operations().forEach((name, operation) -> {
			operation.path("requestBody").path("content").forEach((media) -> untyped(name, media, untyped));
			operation.path("responses")
				.forEach((response) -> response.path("content").forEach((media) -> untyped(name, media, untyped)));
		});
		assertThat(untyped).isEmpty();
		assertThat(requestSchema("/api/v1/cycles/{id}/survey/responses", "post"))
			.isNotEqualTo(requestSchema("/api/v1/cycles/{id}/retrospectives/{teamId}", "put"));
	}

	@Test
	void everyAnswerIsJsonByDefault() {
		assertThat(operation("/api/v1/cycles/{id}", "get").get("responses").get("200").get("content").propertyNames())
			.containsExactly("application/json");
	}

	@Test
	void checkOfTheApiTestsRefusesAnAnswerTheDocumentDoesNotDescribe() {
		OpenApiCheck check = OpenApiCheck.of("http://localhost:" + this.port, HttpClient.newHttpClient());
		HttpHeaders json = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
		String cycle = "/api/v1/cycles/6f1c2a57-9d1e-4a55-9d7b-2b2f4d8f2e10";
		check.check("GET", cycle, new Reply(200, json,
				"{\"id\": \"6f1c2a57-9d1e-4a55-9d7b-2b2f4d8f2e10\", \"name\": \"Q1\", \"startDate\": \"2027-01-01\", "
						+ "\"endDate\": \"2027-03-31\", \"phase\": \"prepare\", \"version\": 1}"));
		assertThatThrownBy(() -> check.check("GET", cycle, new Reply(418, json, "{}")))
			.hasMessageContaining("answered 418")
			.hasMessageContaining("@ApiResponse(responseCode = \"418\"");
		assertThatThrownBy(() -> check.check("GET", cycle, new Reply(200, json, "{\"id\": 42, \"phase\": \"nap\"}")))
			.hasMessageContaining("does not match its schema")
			.hasMessageContaining("phase");
		assertThatThrownBy(() -> check.check("POST", "/api/v1/cycles/" + "x/undocumented", new Reply(200, json, "{}")))
			.hasMessageContaining("no such operation");
	}

	private static void untyped(String name, JsonNode media, List<String> untyped) {
		JsonNode schema = media.path("schema");
		boolean opaque = schema.path("$ref").asString("").endsWith("/JsonNode")
				|| (schema.path("type").asString("").equals("object") && !schema.has("properties"));
		if (opaque) {
			untyped.add(name + " " + schema);
		}
	}

	private JsonNode requestSchema(String path, String method) {
		return operation(path, method).get("requestBody").get("content").get("application/json").get("schema");
	}

	private JsonNode operation(String path, String method) {
		return document().get("paths").get(path).get(method);
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		JsonNode paths = document().get("paths");
		paths.propertyNames()
			.forEach((path) -> paths.get(path)
				.propertyNames()
				.forEach((method) -> operations.put(method + " " + path, paths.get(path).get(method))));
		return operations;
	}

	private JsonNode document() {
		Reply reply = this.anonymous.get("/api/v1/openapi.json");
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

}
