package dev.lodestar.conversations;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments on check-ins over real HTTP: who may write and remove them, what is refused,
 * and in which order they come back.
 */
class CommentsApiTests extends ApiTest {

	@Test
	void commentsComeBackOldestFirstWithWhereToFindThem() {
		Person owner = person("member");
		Person colleague = person("member");
		String checkIn = checkIn(owner);
		Reply first = colleague.api()
			.post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "  Nice jump! "));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.header("Location")).endsWith("/api/v1/comments/" + first.field("id"));
		assertThat(first.field("body")).isEqualTo("Nice jump!");
		assertThat(first.field("authorId")).isEqualTo(colleague.id());
		assertThat(first.field("checkInId")).isEqualTo(checkIn);
		created(owner.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "Thanks, more to come")));

		Reply list = person("viewer").api().get("/api/v1/check-ins/" + checkIn + "/comments");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("total").asInt()).isEqualTo(2);
		assertThat(list.json().get("items").get(0).get("body").asString()).isEqualTo("Nice jump!");
		assertThat(list.json().get("items").get(1).get("body").asString()).isEqualTo("Thanks, more to come");
		assertThat(this.admin.get(first.header("Location").replaceFirst("^http://[^/]+", "")).field("body"))
			.isEqualTo("Nice jump!");
	}

	@Test
	void blankTooLongOrMissingBodiesAreRefusedNamingTheBody() {
		Person owner = person("member");
		String path = "/api/v1/check-ins/" + checkIn(owner) + "/comments";
		for (Object body : new Object[] { Map.of("body", "   "), Map.of(), Map.of("body", "x".repeat(2_001)),
				Map.of("body", "a\u0000b") }) {
			Reply refused = owner.api().post(path, body);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("body");
		}
		assertThat(owner.api().post(path, "{\"body\": ").status()).isEqualTo(400);
		assertThat(owner.api().post(path, Map.of("body", "😀".repeat(2_000))).status()).isEqualTo(201);
	}

	@Test
	void anUnknownCheckInIsNotFound() {
		String unknown = "/api/v1/check-ins/" + UUID.randomUUID() + "/comments";
		assertThat(this.admin.post(unknown, Map.of("body", "Hello")).status()).isEqualTo(404);
		assertThat(this.admin.get(unknown).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/check-ins/not-an-id/comments").status()).isEqualTo(404);
		assertThat(this.admin.delete("/api/v1/comments/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void viewersReadCommentsButMayNotWriteThem() {
		Person owner = person("member");
		Person viewer = person("viewer");
		String checkIn = checkIn(owner);
		Reply refused = viewer.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "Me too"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(
				viewer.api().post("/api/v1/check-ins/" + UUID.randomUUID() + "/comments", Map.of("body", "")).status())
			.isEqualTo(403);
		assertThat(viewer.api().get("/api/v1/check-ins/" + checkIn + "/comments").json().get("total").asInt()).isZero();
		assertThat(this.anonymous.get("/api/v1/check-ins/" + checkIn + "/comments").status()).isEqualTo(401);
	}

	@Test
	void onlyItsAuthorOrAnAdminRemovesAComment() {
		Person owner = person("member");
		Person author = person("member");
		String checkIn = checkIn(owner);
		String first = created(author.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "One")));
		String second = created(author.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "Two")));

		assertThat(owner.api().delete("/api/v1/comments/" + first).status()).isEqualTo(403);
		assertThat(author.api().delete("/api/v1/comments/" + first).status()).isEqualTo(204);
		assertThat(this.admin.delete("/api/v1/comments/" + second).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/comments/" + first).status()).isEqualTo(404);
		assertThat(owner.api().get("/api/v1/check-ins/" + checkIn + "/comments").json().get("total").asInt()).isZero();
	}

	@Test
	void theOpenApiDocumentListsConversationsAndActivity() {
		var paths = this.anonymous.get("/api/v1/openapi.json").json().get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/check-ins/{id}/comments", "/api/v1/comments/{id}",
				"/api/v1/notifications", "/api/v1/notifications/{id}/read", "/api/v1/notifications/read",
				"/api/v1/activity");
	}

	private String checkIn(Person owner) {
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		return created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7)));
	}

}
