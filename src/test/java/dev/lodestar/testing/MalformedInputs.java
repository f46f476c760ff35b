package dev.lodestar.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The malformed requests sent to one operation of the OpenAPI document: bad path ids,
 * query values of the wrong type or not UTF-8, bodies with wrong types, numbers and dates
 * out of range, NUL and lone surrogates, missing and extra fields, malformed JSON and
 * wrong content types. Each starts from a plausible request built from the operation's
 * schemas and the ids of real resources, so that it reaches the code behind the first
 * check.
 */
final class MalformedInputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Written into the JSON text as they are: not all of them are valid JSON. */
	private static final List<String> RAW_VALUES = List.of("1e308", "-1e308", "1e400", "-1", "0", "2147483648",
			"9223372036854775808", "1.5", "\"NaN\"", "\"Infinity\"", "\"\\u0000\"", "\"\\ud800\"", "\"a\\udc00b\"",
			"\"+999999999-12-27\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "\"2027-02-30\"", "\"not-a-uuid\"",
			"\"\"", "\"   \"", "true", "null", "[]", "{}", "[1]", "{\"a\":1}", "\"" + "x".repeat(20_000) + "\"");

	private static final List<String> QUERY_VALUES = List.of("%C3%28", "%FF", "%ED%A0%80", "%00", "abc", "-1",
			"99999999999999999999", "1e308", "NaN", "%2B999999999-12-27", "0000-01-01", "", "x".repeat(3_000));

	private static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "-1",
			"99999999999999999999", "%FF", "%C3%28", "%20", "x".repeat(300), "%2B999999999-12-27");

	/** Sent byte for byte: the servlet container itself refuses these. */
	private static final List<String> RAW_PATH_VALUES = List.of("%2F", "%5C", "\\", "%00", "%C3%28", "..%2F..");

	private static final List<String> BODIES = List.of("{", "", "[]", "null", "\"text\"", "42", "{\"a\":}",
			"{\"a\":1}}", "[".repeat(5_000) + "]".repeat(5_000), "\uFEFF{}", "{\"a\":\"\\ud800\"}");

	private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "*/json", "multipart/form-data",
			"multipart/form-data; boundary=lodestar", "text/plain", "application/x-www-form-urlencoded",
			"application/json; charset=nonsense", "application/xml", "nonsense");

	private final Operation operation;

	private final Map<String, String> ids;

	private final JsonNode components;

	MalformedInputs(Operation operation, Map<String, String> ids, JsonNode components) {
		this.operation = operation;
		this.ids = ids;
		this.components = components;
	}

	/**
	 * One request: sent over a raw socket when {@code raw}, else with {@code HttpClient}.
	 */
	record Probe(String method, String target, Map<String, String> headers, byte[] body, boolean raw) {

		String describe() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.method + " " + this.target + " " + this.headers + " "
					+ (text.length() > 120 ? text.substring(0, 120) + "..." : text);
		}

	}

	List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		String path = path(Map.of());
		String base = isDelete() ? "" : plausibleBody();
		for (String name : this.operation.pathParameters()) {
			PATH_VALUES.forEach((value) -> probes.add(json(path(Map.of(name, value)), base)));
			RAW_PATH_VALUES.forEach((value) -> probes.add(raw(path(Map.of(name, value)), base)));
		}
		List<String> queryNames = new ArrayList<>(this.operation.queryParameters());
		queryNames.add("unknown");
		for (String name : queryNames) {
			QUERY_VALUES.forEach((value) -> probes.add(json(path + "?" + name + "=" + value, base)));
		}
		if (isDelete()) {
			probes.add(withHeaders(path, "", Map.of("If-Match", "\"nonsense\"")));
			return probes;
		}
		probes.add(withHeaders(path, "", Map.of("X-Large", "x".repeat(9_000))));
		probes.add(rawWith(path, "Content-Type: application/json",
				new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }));
		if (!this.operation.hasBody()) {
			CONTENT_TYPES.forEach((type) -> probes.add(withHeaders(path, "{}", Map.of("Content-Type", type))));
			return probes;
		}
		CONTENT_TYPES.forEach((type) -> probes.add(withHeaders(path, base, Map.of("Content-Type", type))));
		BODIES.forEach((body) -> probes.add(json(path, body)));
		JsonNode plausible = JSON.readTree(base);
		if (plausible instanceof ObjectNode object) {
			fieldProbes(path, object).forEach(probes::add);
		}
		return probes;
	}

	private List<Probe> fieldProbes(String path, ObjectNode plausible) {
		List<Probe> probes = new ArrayList<>();
		for (String field : this.operation.bodyFields(this.components)) {
			for (String value : RAW_VALUES) {
				ObjectNode changed = plausible.deepCopy();
				changed.put(field, "@@raw@@");
				probes.add(json(path, JSON.writeValueAsString(changed).replace("\"@@raw@@\"", value)));
			}
			ObjectNode missing = plausible.deepCopy();
			missing.remove(field);
			probes.add(json(path, JSON.writeValueAsString(missing)));
		}
		ObjectNode extra = plausible.deepCopy();
		extra.put("unexpected", "\\ud800");
		probes.add(json(path, JSON.writeValueAsString(extra)));
		return probes;
	}

	private boolean isDelete() {
		return this.operation.method().equals("DELETE");
	}

	private String path(Map<String, String> replaced) {
		String path = this.operation.path();
		String[] segments = path.split("/");
		StringBuilder result = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			if (segment.startsWith("{")) {
				String name = segment.substring(1, segment.length() - 1);
				segment = replaced.getOrDefault(name, idFor(name, segments[i - 1]));
			}
			result.append('/').append(segment);
		}
		return result.toString();
	}

	private String idFor(String name, String previousSegment) {
		if (isDelete()) {
			return "00000000-0000-0000-0000-000000000000";
		}
		String kind = name.equals("id") ? previousSegment : name.replaceAll("Id$", "");
		return this.ids.getOrDefault(kind, "00000000-0000-0000-0000-000000000000");
	}

	private String plausibleBody() {
		JsonNode schema = this.operation.bodySchema();
		return (schema == null) ? "{}" : JSON.writeValueAsString(sample(schema, "body", 0));
	}

	private JsonNode sample(JsonNode schema, String name, int depth) {
		JsonNode resolved = Operation.resolve(schema, this.components);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		String format = resolved.path("format").asString("");
		return switch (resolved.path("type").asString("object")) {
			case "string" -> NODES.stringNode(switch (format) {
				case "date" -> "2001-01-01";
				case "date-time" -> "2001-01-01T09:00:00Z";
				default -> name.endsWith("Id") || format.equals("uuid")
						? this.ids.getOrDefault(name.replaceAll("Id$", ""), "00000000-0000-0000-0000-000000000000")
						: "Malformed " + name;
			});
			case "integer" -> NODES.numberNode(5);
			case "number" -> NODES.numberNode(20.0);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 3 && resolved.has("items")) {
					array.add(sample(resolved.get("items"), name, depth + 1));
				}
				yield array;
			}
			default -> object(resolved, depth);
		};
	}

	private JsonNode object(JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		if (depth < 3 && schema.has("properties")) {
			Iterator<Map.Entry<String, JsonNode>> properties = schema.get("properties").properties().iterator();
			properties.forEachRemaining((property) -> object.set(property.getKey(),
					sample(property.getValue(), property.getKey(), depth + 1)));
		}
		return object;
	}

	private Probe json(String target, String body) {
		return withHeaders(target, body, Map.of());
	}

	private Probe withHeaders(String target, String body, Map<String, String> headers) {
		return new Probe(this.operation.method(), target, headers, body.getBytes(StandardCharsets.UTF_8), false);
	}

	private Probe raw(String target, String body) {
		return rawWith(target, "Content-Type: application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	private Probe rawWith(String target, String contentType, byte[] body) {
		return new Probe(this.operation.method(), target, Map.of("raw-content-type", contentType), body, true);
	}

}
