package dev.lodestar.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.Reply;

/**
 * Calls of {@code POST /api/v1/imports/people}: text through {@link Api} (whose answers
 * are checked against the OpenAPI document), raw bytes with any content type through a
 * plain HTTP client.
 */
final class ImportCalls {

	static final String PATH = "/api/v1/imports/people";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ImportCalls() {
	}

	static Reply csv(Api api, String csv, String query) {
		return api.send("POST", PATH + query, csv, Map.of("Content-Type", "text/csv; charset=utf-8"));
	}

	static Reply bytes(int port, String token, byte[] body, String contentType, String query) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH + query))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
