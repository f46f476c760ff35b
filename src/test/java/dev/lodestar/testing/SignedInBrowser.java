package dev.lodestar.testing;

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

/**
 * A browser without a browser: an HTTP client with cookies, signed in through the sign-in
 * form, for tests that fetch pages and look at what came back (or count what it cost).
 */
public final class SignedInBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private SignedInBrowser(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	public static SignedInBrowser signIn(int port, String email, String password) {
		SignedInBrowser browser = new SignedInBrowser(port);
		Matcher csrf = CSRF.matcher(browser.get("/sign-in").body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		browser.send(HttpRequest.newBuilder(browser.uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		return browser;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	/** Gets a page with headers, given as names and values in turn. */
	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).headers(headers).build());
	}

	/**
	 * Posts a form with no fields but the CSRF token, as a button on {@code page} does,
	 * with headers given as names and values in turn; answers the response itself
	 * (redirects are not followed).
	 */
	public HttpResponse<String> submit(String page, String action, String... headers) {
		Matcher csrf = CSRF.matcher(get(page).body());
		if (!csrf.find()) {
			throw new IllegalStateException(page + " has no CSRF token");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1))));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/**
	 * Posts a form with fields, given as names and values in turn (a name may come
	 * again), and the CSRF token of {@code page}, as the form on that page does; with
	 * {@code htmx} as htmx sends it from that page. Answers the response itself
	 * (redirects are not followed).
	 */
	public HttpResponse<String> post(String page, String action, boolean htmx, String... fields) {
		Matcher csrf = CSRF.matcher(get(page).body());
		if (!csrf.find()) {
			throw new IllegalStateException(page + " has no CSRF token");
		}
		StringBuilder form = new StringBuilder("_csrf=" + encode(csrf.group(1)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()));
		if (htmx) {
			request.header("HX-Request", "true").header("HX-Current-URL", uri(page).toString());
		}
		return send(request.build());
	}

	/** Gets a page as htmx asks for it from another page. */
	public HttpResponse<String> htmx(String page, String path) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("HX-Request", "true")
			.header("HX-Current-URL", uri(page).toString())
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
