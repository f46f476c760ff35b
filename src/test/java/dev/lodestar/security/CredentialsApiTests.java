package dev.lodestar.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing one's email or password takes the current password; a new password closes
 * every other session and every token; a password is neither common nor one's email.
 */
class CredentialsApiTests extends ApiTest {

	private static final String NEW_PASSWORD = "a-long-new-passphrase";

	@Test
	void changingOnesOwnPasswordOrEmailNeedsTheCurrentPassword() {
		Person member = person("member");
		String me = "/api/v1/people/" + member.id();
		for (Map<String, String> change : java.util.List.of(Map.of("password", NEW_PASSWORD),
				Map.of("email", "moved-" + member.email()))) {
			Reply without = member.api().patch(me, change);
			assertThat(without.status()).as(without.toString()).isEqualTo(400);
			assertThat(without.errorFields()).containsExactly("currentPassword");
			var withWrong = new java.util.HashMap<>(change);
			withWrong.put("currentPassword", "not-my-password");
			Reply wrong = member.api().patch(me, withWrong);
			assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
			assertThat(wrong.contentType()).startsWith("application/problem+json");
		}
		assertThat(member.api().get(me).field("email")).isEqualTo(member.email());
		Reply moved = member.api().patch(me, Map.of("email", "moved-" + member.email(), "currentPassword", PASSWORD));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.field("email")).isEqualTo("moved-" + member.email());
		assertThat(member.api().patch(me, Map.of("name", "Only a name")).status()).isEqualTo(200);
	}

	@Test
	void aNewPasswordRevokesEveryTokenAndEndsEveryOtherSession() throws Exception {
		Person member = person("member");
		Api second = this.anonymous.withToken(token(member.email(), PASSWORD));
		HttpClient browser = signedInBrowser(member.email(), PASSWORD);
		assertThat(page(browser, "/profile").statusCode()).isEqualTo(200);

		Reply changed = member.api()
			.patch("/api/v1/people/" + member.id(), Map.of("password", NEW_PASSWORD, "currentPassword", PASSWORD));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		assertThat(second.get("/api/v1/people/me").status()).isEqualTo(401);
		HttpResponse<String> after = page(browser, "/profile");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
		assertThat(this.anonymous.withToken(token(member.email(), NEW_PASSWORD)).get("/api/v1/people/me").status())
			.isEqualTo(200);
	}

	@Test
	void anAdminSetsAnothersPasswordWithoutTheirsAndTheirTokensStop() {
		Person member = person("member");
		Reply set = this.admin.patch("/api/v1/people/" + member.id(), Map.of("password", NEW_PASSWORD));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		assertThat(this.admin.get("/api/v1/people/me").status()).isEqualTo(200);
	}

	@Test
	void commonPasswordsAndTheEmailAreRefusedNamingThePassword() {
		String email = "careful-" + java.util.UUID.randomUUID() + "@lodestar.test";
		for (String weak : new String[] { "password1", "Password1", "QWERTY123", "iloveyou", email.toUpperCase() }) {
			Reply refused = this.admin.post("/api/v1/people",
					Map.of("name", "Careful", "email", email, "role", "member", "password", weak));
			assertThat(refused.status()).as(weak).isEqualTo(400);
			assertThat(refused.errorFields()).as(weak).containsExactly("password");
		}
		Person member = person("member");
		for (String weak : new String[] { "baseball", member.email() }) {
			Reply refused = member.api()
				.patch("/api/v1/people/" + member.id(), Map.of("password", weak, "currentPassword", PASSWORD));
			assertThat(refused.status()).as(weak).isEqualTo(400);
			assertThat(refused.errorFields()).as(weak).containsExactly("password");
		}
		assertThat(this.admin.patch("/api/v1/people/" + member.id(), Map.of("password", "superman1")).errorFields())
			.containsExactly("password");
		assertThat(member.api().get("/api/v1/people/me").status()).as("nothing changed, no token revoked")
			.isEqualTo(200);
	}

	private HttpClient signedInBrowser(String email, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String signIn = page(browser, "/sign-in").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
