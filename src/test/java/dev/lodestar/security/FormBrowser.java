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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser over plain HTTP for the password reset tests: it keeps cookies and the last
 * page's CSRF token, posts forms, and follows no redirects, so each answer can be seen.
 */
final class FormBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private String csrf;

	FormBrowser(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
		StringBuilder form = new StringBuilder("_csrf=").append(this.csrf);
		fields.forEach((name, value) -> form.append('&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), BodyHandlers.ofString());
	}

	HttpResponse<String> postQuietly(String path, Map<String, String> fields) {
		try {
			return post(path, fields);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void signIn(String email, String password) throws Exception {
		get("/sign-in");
		HttpResponse<String> signedIn = post("/sign-in", Map.of("username", email, "password", password));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
