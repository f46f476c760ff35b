package dev.lodestar.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class HooksApiTests extends ApiTest {

	@Test
	void signedCallChecksInAsTheOwnerWithThePreviousConfidence() {
		Person owner = person("member");
		String keyResult = checkedInKeyResult(owner, 6);
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		// no public address (lodestar.base-url) is configured: the address is the one
		// called
		assertThat(issued.field("url")).startsWith("http://localhost:" + this.port + "/api/v1/hooks/");

		Reply call = call(issued, "{\"value\": 30, \"note\": \"Nightly export\"}");
		assertThat(call.status()).as(call.toString()).isEqualTo(201);
		assertThat(call.field("source")).isEqualTo("webhook");
		assertThat(call.field("authorId")).isEqualTo(owner.id());
		assertThat(call.json().get("confidence").asInt()).isEqualTo(6);
		assertThat(call.field("note")).isEqualTo("Nightly export");
		Reply kr = owner.api().get("/api/v1/key-results/" + keyResult);
		assertThat(kr.json().get("currentValue").asDouble()).isEqualTo(30.0);
		assertThat(checkIns(owner, keyResult)).isEqualTo(2);
	}

	@Test
	void badOrMissingSignatureChangesNothing() {
		Person owner = person("member");
		String keyResult = checkedInKeyResult(owner, 6);
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		String body = "{\"value\": 45, \"confidence\": 9}";
		Reply wrongSecret = send(issued.field("url"), body, HookSignature.of("not-the-secret", bytes(body)));
		Reply missing = send(issued.field("url"), body, null);
		Reply garbage = send(issued.field("url"), body, "sha256=zz");
		Reply otherBody = send(issued.field("url"), body,
				HookSignature.of(issued.field("secret"), bytes("{\"value\": 1}")));
		for (Reply refused : new Reply[] { wrongSecret, missing, garbage, otherBody }) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		Reply kr = owner.api().get("/api/v1/key-results/" + keyResult);
		assertThat(kr.json().get("currentValue").asDouble()).isEqualTo(20.0);
		assertThat(kr.json().get("confidence").asInt()).isEqualTo(6);
		assertThat(checkIns(owner, keyResult)).isEqualTo(1);
	}

	@Test
	void renewedSecretInvalidatesTheOldOne() {
		Person owner = person("member");
		String keyResult = checkedInKeyResult(owner, 6);
		Reply first = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		Reply second = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		assertThat(second.field("secret")).isNotEqualTo(first.field("secret"));
		assertThat(second.field("url")).isEqualTo(first.field("url"));
		assertThat(call(first, "{\"value\": 25}").status()).isEqualTo(401);
		assertThat(call(second, "{\"value\": 25}").status()).isEqualTo(201);
		assertThat(checkIns(owner, keyResult)).isEqualTo(2);
	}

	@Test
	void switchedOffHookTakesNoCallsAndStatusNeverShowsTheSecret() {
		Person owner = person("member");
		String keyResult = checkedInKeyResult(owner, 6);
		String path = "/api/v1/key-results/" + keyResult + "/hook";
		assertThat(owner.api().get(path).json().get("active").asBoolean()).isFalse();
		Reply issued = owner.api().post(path, "");
		Reply status = owner.api().get(path);
		assertThat(status.json().get("active").asBoolean()).isTrue();
		assertThat(status.field("url")).isEqualTo(issued.field("url"));
		assertThat(status.body()).doesNotContain(issued.field("secret"));
		assertThat(owner.api().delete(path).status()).isEqualTo(204);
		assertThat(owner.api().get(path).json().get("active").asBoolean()).isFalse();
		assertThat(call(issued, "{\"value\": 25}").status()).isEqualTo(404);
		assertThat(checkIns(owner, keyResult)).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoMayChangeTheKeyResultManageItsHook() {
		Person owner = person("member");
		Person other = person("member");
		Person lead = person("member");
		Person champion = person("champion");
		String team = team("Payments " + java.util.UUID.randomUUID());
		join(team, lead, true);
		join(team, other, false);
		String keyResult = keyResult(objective(cycle("execute"), team), owner.id());
		String path = "/api/v1/key-results/" + keyResult + "/hook";
		assertThat(other.api().post(path, "").status()).isEqualTo(403);
		assertThat(other.api().get(path).status()).isEqualTo(403);
		assertThat(other.api().delete(path).status()).isEqualTo(403);
		assertThat(person("viewer").api().post(path, "").status()).isEqualTo(403);
		assertThat(lead.api().post(path, "").status()).isEqualTo(201);
		assertThat(champion.api().post(path, "").status()).isEqualTo(201);
		assertThat(this.admin.post(path, "").status()).isEqualTo(201);
		assertThat(owner.api().post("/api/v1/key-results/" + java.util.UUID.randomUUID() + "/hook", "").status())
			.isEqualTo(404);
		assertThat(this.anonymous.post(path, "").status()).isEqualTo(401);
	}

	@Test
	void badValuesAreNamedAndChangeNothing() {
		Person owner = person("member");
		String keyResult = checkedInKeyResult(owner, 6);
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		assertThat(call(issued, "{\"value\": \"thirty\"}").errorFields()).containsExactly("value");
		assertThat(call(issued, "{\"note\": \"no value\"}").errorFields()).containsExactly("value");
		assertThat(call(issued, "{\"value\": 3, \"note\": \"" + "x".repeat(10_001) + "\"}").errorFields())
			.containsExactly("note");
		assertThat(call(issued, "{\"value\": 3, \"confidence\": 11}").errorFields()).containsExactly("confidence");
		Reply malformed = call(issued, "{\"value\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("body");
		assertThat(checkIns(owner, keyResult)).isEqualTo(1);
	}

	@Test
	void milestoneTakesOnlyZeroOrOne() {
		Person owner = person("member");
		String keyResult = created(
				this.admin.post("/api/v1/objectives/" + objective(cycle("execute"), null) + "/key-results",
						Map.of("title", "Launch the app", "ownerId", owner.id(), "type", "milestone")));
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		assertThat(call(issued, "{\"value\": 0.5, \"confidence\": 5}").errorFields()).containsExactly("value");
		assertThat(call(issued, "{\"value\": 1, \"confidence\": 5}").status()).isEqualTo(201);
	}

	@Test
	void keyResultWithoutConfidenceNeedsOneSent() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		Reply refused = call(issued, "{\"value\": 12}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("confidence");
		Reply accepted = call(issued, "{\"value\": 12, \"confidence\": 4}");
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().get("confidence").asInt()).isEqualTo(4);
	}

	@Test
	void closedCycleRefusesHookCalls() {
		Person owner = person("member");
		String cycle = cycle("reflect");
		String keyResult = keyResult(objective(cycle, null), owner.id());
		Reply issued = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "closed")).status())
			.isEqualTo(200);
		assertThat(call(issued, "{\"value\": 12, \"confidence\": 4}").status()).isEqualTo(409);
		assertThat(checkIns(owner, keyResult)).isZero();
	}

	@Test
	void openApiDocumentNamesTheFeedEndpoints() {
		var paths = this.anonymous.get("/api/v1/openapi.json").json().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/key-results/{id}/hook", "/api/v1/hooks/{hookId}",
				"/api/v1/check-ins/import");
	}

	private String checkedInKeyResult(Person owner, int confidence) {
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply checkIn = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", confidence));
		assertThat(checkIn.status()).isEqualTo(201);
		return keyResult;
	}

	private long checkIns(Person owner, String keyResult) {
		return owner.api().get("/api/v1/key-results/" + keyResult + "/check-ins").json().get("total").asLong();
	}

	private Reply call(Reply issued, String body) {
		return send(issued.field("url"), body, HookSignature.of(issued.field("secret"), bytes(body)));
	}

	private Reply send(String url, String body, String signature) {
		String path = URI.create(url).getPath();
		return this.anonymous.send("POST", path, body,
				(signature != null) ? Map.of(HookSignature.HEADER, signature) : Map.of());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
