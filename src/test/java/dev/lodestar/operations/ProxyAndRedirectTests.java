package dev.lodestar.operations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.RawHttp;
import dev.lodestar.testing.Reply;

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

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void noRedirectFollowsAForgedHostHeader() {
		assertRelativeRedirect(get("/", FORGED), "/sign-in");
		assertRelativeRedirect(get("/admin/webhooks", FORGED), "/sign-in");

		Reply signInPage = get("/sign-in", FORGED);
		assertThat(signInPage.status()).isEqualTo(200);
		String session = sessionCookie(signInPage);
		String csrf = csrf(signInPage);
		Reply refused = post("/sign-in", "username=" + encode(ADMIN_EMAIL) + "&password=wrong&_csrf=" + csrf, FORGED,
				"Cookie: " + session);
		assertRelativeRedirect(refused, "/sign-in?error");

		Reply signedIn = post("/sign-in",
				"username=" + encode(ADMIN_EMAIL) + "&password=" + encode(ADMIN_PASSWORD) + "&_csrf=" + csrf, FORGED,
				"Cookie: " + session);
		assertRelativeRedirect(signedIn, "/");
		String signedInSession = (sessionCookie(signedIn) != null) ? sessionCookie(signedIn) : session;

		Reply notifications = get("/notifications", FORGED, "Cookie: " + signedInSession);
		assertThat(notifications.status()).isEqualTo(200);
		String token = csrf(notifications);
		assertRelativeRedirect(post("/notifications/read", "_csrf=" + token, FORGED, "Cookie: " + signedInSession),
				"/notifications");
		assertRelativeRedirect(post("/sign-out", "_csrf=" + token, FORGED, "Cookie: " + signedInSession),
				"/sign-in?signed-out");
	}

	@Test
	void aRequestTheProxyReceivedOverHttpsGetsASecureCookieAndHsts() {
		Reply secure = get("/sign-in", "Host: okr.example.com", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.7");
		assertThat(secure.status()).isEqualTo(200);
		assertThat(sessionCookieAttributes(secure)).contains("; Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertRelativeRedirect(get("/", "Host: okr.example.com", "X-Forwarded-Proto: https"), "/sign-in");

		Reply plain = get("/sign-in", "Host: okr.example.com");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(sessionCookieAttributes(plain)).doesNotContain("; Secure").contains("HttpOnly");
		assertThat(plain.header("Strict-Transport-Security")).isNull();
	}

	private static void assertRelativeRedirect(Reply answer, String location) {
		assertThat(answer.status()).as(answer.headers().toString()).isEqualTo(302);
		assertThat(answer.header("Location")).isEqualTo(location);
		assertThat(answer.headers().map().toString()).doesNotContain("attacker.example");
	}

	private static String sessionCookieAttributes(Reply answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + answer.headers()));
	}

	/** The session cookie an answer sets, as {@code name=value}, or null. */
	private static String sessionCookie(Reply answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.split(";")[0])
			.findFirst()
			.orElse(null);
	}

	private static String csrf(Reply page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private Reply get(String path, String... headers) {
		return new RawHttp(this.port).get(path, List.of(headers));
	}

	private Reply post(String path, String form, String... headers) {
		List<String> all = new ArrayList<>(List.of(headers));
		all.add("Content-Type: application/x-www-form-urlencoded");
		return new RawHttp(this.port).send("POST", path, all, form.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
