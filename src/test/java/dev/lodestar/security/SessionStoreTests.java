package dev.lodestar.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session is kept in the database, so another instance on the same database
 * knows it.
 */
class SessionStoreTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void signedInSessionIsStoredInTheDatabase() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser.send(HttpRequest.newBuilder(uri("/sign-in")).build(), BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		browser.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), BodyHandlers.discarding());
		long sessions = this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(ADMIN_EMAIL)
			.query(Long.class)
			.single();
		assertThat(sessions).isPositive();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
