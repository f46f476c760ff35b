package dev.lodestar.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks API: admins add, read and remove webhooks; the secret is shown once; bad
 * input names its field; nobody else may touch them.
 */
class WebhooksApiTests extends ApiTest {

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void removeWebhooks() {
		this.created.forEach((id) -> this.admin.delete("/api/v1/webhooks/" + id));
	}

	@Test
	void anAdminAddsAWebhookAndSeesItsSecretOnlyOnce() {
		Reply reply = this.admin.post("/api/v1/webhooks", Map.of("url", "https://hooks.example.com/okr", "events",
				List.of("objective.published", "checkin.recorded"), "format", "slack"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		String id = reply.field("id");
		this.created.add(id);
		assertThat(reply.header("Location")).endsWith("/api/v1/webhooks/" + id);
		assertThat(reply.field("url")).isEqualTo("https://hooks.example.com/okr");
		assertThat(reply.json().get("events").valueStream().map((event) -> event.asString()))
			.containsExactly("checkin.recorded", "objective.published");
		assertThat(reply.field("format")).isEqualTo("slack");
		assertThat(reply.field("secret")).isNotBlank();

		Reply read = this.admin.get("/api/v1/webhooks/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().has("secret")).isFalse();
		assertThat(read.body()).doesNotContain(reply.field("secret"));
		Reply list = this.admin.get("/api/v1/webhooks");
		assertThat(list.json().get("items").valueStream().map((item) -> item.get("id").asString())).contains(id);
		assertThat(list.body()).doesNotContain(reply.field("secret"));
		assertThat(this.admin.get("/api/v1/webhooks/" + id + "/deliveries").json().get("total").asInt()).isZero();
	}

	@Test
	void aRemovedWebhookIsGone() {
		String id = created(this.admin.post("/api/v1/webhooks", Map.of("url", "https://hooks.lodestar.invalid/x",
				"events", List.of("cycle.phase-changed"), "format", "json")));
		assertThat(this.admin.delete("/api/v1/webhooks/" + id, "\"5\"").status()).isEqualTo(412);
		assertThat(this.admin.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/webhooks/not-an-id").status()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertRefused(Map.of("url", "hooks.example.com/okr", "events", List.of("checkin.recorded"), "format", "json"),
				"url");
		assertRefused(Map.of("url", "ftp://hooks.example.com", "events", List.of("checkin.recorded"), "format", "json"),
				"url");
		assertRefused(Map.of("url", "https://hooks.example.com", "events", List.of(), "format", "json"), "events");
		assertRefused(
				Map.of("url", "https://hooks.example.com", "events", List.of("checkin.deleted"), "format", "json"),
				"events");
		assertRefused(
				Map.of("url", "https://hooks.example.com", "events", List.of("checkin.recorded"), "format", "discord"),
				"format");
		assertRefused(Map.of("events", List.of("checkin.recorded")), "url", "format");
		Reply wrongType = this.admin.post("/api/v1/webhooks",
				"{\"url\": \"https://hooks.example.com\", \"events\": \"checkin.recorded\", \"format\": \"json\"}");
		assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
		assertThat(wrongType.errorFields()).contains("events");
		assertThat(this.admin.get("/api/v1/webhooks").json().get("total").asInt()).isZero();
	}

	@Test
	void aReceiverInsideLodestarsNetworkIsRefusedNamingTheUrl() {
		for (String url : List.of("http://localhost:8080/hooks", "http://127.0.0.1/x", "http://[::1]/x",
				"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/x", "http://10.0.0.7:9000/x",
				"https://172.20.1.1/x", "http://192.168.1.10/x", "http://[fd00::5]/x", "http://100.64.0.1/x",
				"http://[::ffff:192.168.0.1]/x", "http://0.0.0.0:8080/x", "http://224.0.0.1/x",
				"http://2130706433/x")) {
			Reply reply = this.admin.post("/api/v1/webhooks",
					Map.of("url", url, "events", List.of("checkin.recorded"), "format", "json"));
			assertThat(reply.status()).as(url + " " + reply).isEqualTo(400);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.errorFields()).as(url).containsExactly("url");
			assertThat(reply.body()).as(url).contains("internal address");
		}
		Reply named = this.admin.post("/api/v1/webhooks",
				Map.of("url", "http://localhost:8080/hooks", "events", List.of("checkin.recorded"), "format", "json"));
		assertThat(named.body()).contains("localhost resolves to 127.0.0.1").contains("loopback");
		assertThat(this.admin.get("/api/v1/webhooks").json().get("total").asInt()).isZero();
	}

	@Test
	void onlyAdminsMayTouchWebhooks() {
		String id = created(this.admin.post("/api/v1/webhooks", Map.of("url", "https://hooks.lodestar.invalid/x",
				"events", List.of("checkin.recorded"), "format", "json")));
		this.created.add(id);
		for (String role : List.of("champion", "member", "viewer")) {
			Person person = person(role);
			Map<String, Object> body = Map.of("url", "https://hooks.example.com", "events", List.of("checkin.recorded"),
					"format", "json");
			assertThat(person.api().post("/api/v1/webhooks", body).status()).as(role).isEqualTo(403);
			assertThat(person.api().get("/api/v1/webhooks").status()).as(role).isEqualTo(403);
			assertThat(person.api().get("/api/v1/webhooks/" + id).status()).as(role).isEqualTo(403);
			assertThat(person.api().get("/api/v1/webhooks/" + id + "/deliveries").status()).as(role).isEqualTo(403);
			assertThat(person.api().delete("/api/v1/webhooks/" + id).status()).as(role).isEqualTo(403);
			SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
			assertThat(browser.get("/admin/webhooks").statusCode()).as(role).isEqualTo(403);
			assertThat(browser.get("/admin/webhooks/" + id).statusCode()).as(role).isEqualTo(403);
		}
		assertThat(this.anonymous.get("/api/v1/webhooks").status()).isEqualTo(401);
		assertThat(this.admin.get("/api/v1/webhooks/" + id).status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentDescribesTheWebhooks() {
		Reply document = this.anonymous.get("/api/v1/openapi.json");
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/webhooks", "/api/v1/webhooks/{id}",
				"/api/v1/webhooks/{id}/deliveries");
	}

	private void assertRefused(Object body, String... fields) {
		Reply reply = this.admin.post("/api/v1/webhooks", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.errorFields()).containsExactlyInAnyOrder(fields);
	}

}
