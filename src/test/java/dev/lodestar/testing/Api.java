package dev.lodestar.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running application over real HTTP, as an integration would call it.
 * Bodies are JSON: a {@link String} is sent as it is (so malformed JSON can be sent too),
 * anything else is serialised. Every answer is checked against the application's OpenAPI
 * document ({@link OpenApiCheck}).
 */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	public Api(int port) {
		this("http://localhost:" + port, null);
	}

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public Api withToken(String token) {
		return new Api(this.base, "Bearer " + token);
	}

	public Api withBasic(String email, String password) {
		String pair = email + ":" + password;
		return new Api(this.base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
	}

	public Api anonymous() {
		return new Api(this.base, null);
	}

	public Reply get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Reply post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Reply put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public Reply patch(String path, Object body) {
		return send("PATCH", path, body, Map.of());
	}

	public Reply patch(String path, Object body, String ifMatch) {
		return send("PATCH", path, body, Map.of("If-Match", ifMatch));
	}

	public Reply delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	public Reply delete(String path, String ifMatch) {
		return send("DELETE", path, null, Map.of("If-Match", ifMatch));
	}

	public Reply send(String method, String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? BodyPublishers.ofString(json(body)) : BodyPublishers.noBody());
		if (body != null && !headers.containsKey("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		headers.forEach(request::header);
		try {
			var response = HTTP.send(request.build(), BodyHandlers.ofString());
			Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
			if (OpenApiCheck.on()) {
				OpenApiCheck.of(this.base, HTTP).check(method, path, reply);
			}
			return reply;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The call " + method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

}
