package dev.lodestar.testing;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server answered to one HTTP call: status, headers and body.
 */
public record Reply(int status, HttpHeaders headers, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public JsonNode json() {
		return JSON.readTree(this.body);
	}

	/** A top-level text field of the JSON body. */
	public String field(String name) {
		JsonNode node = json().get(name);
		return (node == null || node.isNull()) ? null : node.asString();
	}

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	public String contentType() {
		return header("Content-Type");
	}

	/** The fields named in a problem's {@code errors}. */
	public java.util.List<String> errorFields() {
		JsonNode errors = json().get("errors");
		return (errors == null) ? java.util.List.of()
				: errors.valueStream().map((error) -> error.get("field").asString()).toList();
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
