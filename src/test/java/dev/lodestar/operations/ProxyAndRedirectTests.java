package dev.lodestar.operations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy: a request's {@code Host} header never leaks into a redirect
 * (every redirect is relative, so it stays on the site the person asked for), and a
 * request the proxy received over HTTPS ({@code X-Forwarded-Proto: https}) gets a
 * {@code Secure} session cookie and {@code Strict-Transport-Security}, which plain HTTP
 * does not.
 */
class ProxyAndRedirectTests extends ApiTest {

	private static final String FORGED = "Host: attacker.example";

	@Test
	void noRedirectFollowsAForgedHostHeader() throws Exception {
		assertRelativeRedirect(get("/", FORGED), "/sign-in");
		assertRelativeRedirect(get("/admin/webhooks", FORGED), "/sign-in");

		RawHttp.Answer signInPage = get("/sign-in", FORGED);
		assertThat(signInPage.status()).isEqualTo(200);
		String session = signInPage.sessionCookie();
		String csrf = signInPage.csrf();
		RawHttp.Answer refused = post("/sign-in", "username=" + encode(ADMIN_EMAIL) + "&password=wrong&_csrf=" + csrf,
				FORGED, "Cookie: " + session);
		assertRelativeRedirect(refused, "/sign-in?error");

		RawHttp.Answer signedIn = post("/sign-in",
				"username=" + encode(ADMIN_EMAIL) + "&password=" + encode(ADMIN_PASSWORD) + "&_csrf=" + csrf, FORGED,
				"Cookie: " + session);
		assertRelativeRedirect(signedIn, "/");
		String signedInSession = (signedIn.sessionCookie() != null) ? signedIn.sessionCookie() : session;

		RawHttp.Answer notifications = get("/notifications", FORGED, "Cookie: " + signedInSession);
		assertThat(notifications.status()).isEqualTo(200);
		String token = notifications.csrf();
		assertRelativeRedirect(post("/notifications/read", "_csrf=" + token, FORGED, "Cookie: " + signedInSession),
				"/notifications");
		assertRelativeRedirect(post("/sign-out", "_csrf=" + token, FORGED, "Cookie: " + signedInSession),
				"/sign-in?signed-out");
	}

	@Test
	void aRequestTheProxyReceivedOverHttpsGetsASecureCookieAndHsts() throws Exception {
		RawHttp.Answer secure = get("/sign-in", "Host: okr.example.com", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.7");
		assertThat(secure.status()).isEqualTo(200);
		assertThat(sessionCookieAttributes(secure)).contains("; Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertRelativeRedirect(get("/", "Host: okr.example.com", "X-Forwarded-Proto: https"), "/sign-in");

		RawHttp.Answer plain = get("/sign-in", "Host: okr.example.com");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(sessionCookieAttributes(plain)).doesNotContain("; Secure").contains("HttpOnly");
		assertThat(plain.header("Strict-Transport-Security")).isNull();
	}

	private static void assertRelativeRedirect(RawHttp.Answer answer, String location) {
		assertThat(answer.status()).as(answer.headers().toString()).isEqualTo(302);
		assertThat(answer.header("Location")).isEqualTo(location);
		assertThat(String.join("\n", answer.headers())).doesNotContain("attacker.example");
	}

	private static String sessionCookieAttributes(RawHttp.Answer answer) {
		return answer.all("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + answer.headers()));
	}

	private RawHttp.Answer get(String path, String... headers) throws Exception {
		return RawHttp.send(this.port, "GET", path, List.of(headers), null);
	}

	private RawHttp.Answer post(String path, String form, String... headers) throws Exception {
		return RawHttp.send(this.port, "POST", path, new ArrayList<>(List.of(headers)), form);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
