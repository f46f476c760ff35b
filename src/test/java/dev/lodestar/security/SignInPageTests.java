package dev.lodestar.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page over real HTTP, as a browser uses it: a form with a CSRF token, a
 * session once signed in.
 */
class SignInPageTests extends ApiTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void signInPageIsServedWithSecurityHeaders() throws Exception {
		HttpResponse<String> page = get("/sign-in");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
	}

	@Test
	void signingInOpensTheHomePage() throws Exception {
		HttpResponse<String> signedIn = signIn(ADMIN_EMAIL, ADMIN_PASSWORD, csrf());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("My week", "Sign out");
	}

	@Test
	void wrongPasswordReturnsToTheFormWithAMessage() throws Exception {
		HttpResponse<String> refused = signIn(ADMIN_EMAIL, "wrong-password", csrf());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/sign-in?error"));
		String again = get("/sign-in?error").body();
		assertThat(again).contains("do not match");
		// the email typed stays in its field, the password does not
		assertThat(again).containsPattern("id=\"username\"[^>]*value=\"" + Pattern.quote(ADMIN_EMAIL) + "\"")
			.doesNotContain("wrong-password");
		assertThat(again).containsPattern("id=\"password\"[^>]*autofocus");
		// kept for that one page only
		assertThat(get("/sign-in").body()).doesNotContain("value=\"" + ADMIN_EMAIL + "\"");
		assertThat(get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		get("/sign-in");
		assertThat(signIn(ADMIN_EMAIL, ADMIN_PASSWORD, "").statusCode()).isEqualTo(403);
	}

	@Test
	void pagesNeedSigningIn() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/sign-in"));
	}

	private String csrf() throws IOException, InterruptedException {
		Matcher matcher = CSRF.matcher(get("/sign-in").body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> signIn(String email, String password, String csrf)
			throws IOException, InterruptedException {
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		return this.browser.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
