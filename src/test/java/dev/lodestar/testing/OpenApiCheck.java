package dev.lodestar.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every answer of the API tests to the OpenAPI document the application serves: the
 * status must be documented for the operation, and a JSON body must validate against the
 * schema documented for that status and media type. A failure says what to document.
 * Switched off with {@code -Dlodestar.test.openapi-check=off}.
 */
public final class OpenApiCheck {

	static final String SWITCH = "lodestar.test.openapi-check";

	private static final String DOCUMENT_PATH = "/api/v1/openapi.json";

	private static final String DOCUMENT_URI = "https://lodestar.test/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, OpenApiCheck> BY_BASE = new ConcurrentHashMap<>();

	private final JsonNode document;

	private final SchemaRegistry schemas;

	private final List<Template> templates = new ArrayList<>();

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	private OpenApiCheck(String text) {
		this.document = JSON.readTree(text);
		this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(DOCUMENT_URI, text)));
		this.document.get("paths").propertyNames().forEach((path) -> this.templates.add(Template.of(path)));
		this.templates.sort(Comparator.comparingInt(Template::variables));
	}

	static boolean on() {
		return !"off".equalsIgnoreCase(System.getProperty(SWITCH, "on"));
	}

	/** The document of the application at {@code base}, read once. */
	public static OpenApiCheck of(String base, HttpClient http) {
		return BY_BASE.computeIfAbsent(base, (key) -> new OpenApiCheck(fetch(base, http)));
	}

	private static String fetch(String base, HttpClient http) {
		try {
			var response = http.send(HttpRequest.newBuilder(URI.create(base + DOCUMENT_PATH)).build(),
					BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The OpenAPI document answered " + response.statusCode());
			}
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("The OpenAPI document could not be read", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Fails with what to document when the reply is not what the document says. */
	public void check(String method, String target, Reply reply) {
		String path = target.split("[?#]", 2)[0];
		if (!path.startsWith("/api/") || path.equals(DOCUMENT_PATH)) {
			return;
		}
		Optional<Template> template = this.templates.stream().filter((each) -> each.matches(path)).findFirst();
		JsonNode operation = template
			.map((found) -> this.document.get("paths").get(found.path()).get(method.toLowerCase(Locale.ROOT)))
			.orElse(null);
		String name = method + " " + template.map(Template::path).orElse(path);
		if (operation == null) {
			if (reply.status() / 100 != 4) {
				fail(name + " answered " + reply.status() + " but the OpenAPI document has no such operation: "
						+ "document the handler (springdoc reads every @RestController under /api/**)", reply);
			}
			return;
		}
		JsonNode responses = operation.get("responses");
		String status = String.valueOf(reply.status());
		String documented = responses.has(status) ? status : responses.has(status.charAt(0) + "XX")
				? status.charAt(0) + "XX" : responses.has("default") ? "default" : null;
		if (documented == null) {
			fail(name + " (" + handler(operation) + ") answered " + status + " but the OpenAPI document lists only "
					+ responses.propertyNames() + " for it: document it with @ApiResponse(responseCode = \"" + status
					+ "\", ...) on the handler, or, when every operation of its kind can answer it, among the "
					+ "common error answers of dev.lodestar.web.OpenApiConfiguration", reply);
		}
		checkBody(name, documented, responses.get(documented), reply);
	}

	private void checkBody(String name, String status, JsonNode response, Reply reply) {
		JsonNode content = response.get("content");
		if (reply.body() == null || reply.body().isEmpty() || content == null || content.isEmpty()) {
			return;
		}
		String type = Optional.ofNullable(reply.contentType())
			.map((value) -> value.split(";")[0].trim().toLowerCase(Locale.ROOT))
			.orElse("");
		JsonNode media = content.get(type);
		if (media == null) {
			fail(name + " answered " + status + " as " + type + " but the OpenAPI document gives only "
					+ content.propertyNames() + " for it: document the media type (produces, or the "
					+ "@ApiResponse's content)", reply);
		}
		if (!type.endsWith("json") || media.get("schema") == null) {
			return;
		}
		String pointer = "/paths/" + escape(name.substring(name.indexOf(' ') + 1)) + "/"
				+ name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT) + "/responses/" + escape(status)
				+ "/content/" + escape(type) + "/schema";
		Schema schema = this.compiled.computeIfAbsent(pointer,
				(key) -> this.schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + key)));
		List<Error> errors = schema.validate(reply.body(), com.networknt.schema.InputFormat.JSON);
		if (!errors.isEmpty()) {
			fail(name + " answered " + status + " with a body that does not match its schema in the OpenAPI "
					+ "document (" + media.get("schema") + "): " + errors.stream().map(Error::toString).toList()
					+ "; correct the record the handler answers, or its @Schema", reply);
		}
	}

	private static String handler(JsonNode operation) {
		JsonNode tags = operation.get("tags");
		return "operation " + operation.path("operationId").asString("?") + " of "
				+ ((tags != null && !tags.isEmpty()) ? tags.get(0).asString() : "?");
	}

	private static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	private static void fail(String message, Reply reply) {
		String body = (reply.body() != null && reply.body().length() > 500) ? reply.body().substring(0, 500) + "…"
				: reply.body();
		throw new AssertionError(
				message + " (switch this check off with -D" + SWITCH + "=off)\nanswer: " + reply.status() + " " + body);
	}

	/** A path of the document, such as {@code /api/v1/objectives/{id}}, as a pattern. */
	private record Template(String path, Pattern pattern, int variables) {

		static Template of(String path) {
			String regex = Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
			return new Template(path, Pattern.compile(regex), (int) path.chars().filter((c) -> c == '{').count());
		}

		boolean matches(String actual) {
			return this.pattern.matcher(actual).matches();
		}

	}

}
