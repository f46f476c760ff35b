package dev.lodestar.testing;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: its method and path, its parameters and the
 * schema of its JSON body, if it takes one.
 */
record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters,
		JsonNode bodySchema) {

	static List<Operation> all(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			JsonNode operation = entry.getValue();
			List<String> inPath = new ArrayList<>();
			List<String> inQuery = new ArrayList<>();
			operation.path("parameters").forEach((parameter) -> {
				String name = parameter.get("name").asString();
				switch (parameter.path("in").asString()) {
					case "path" -> inPath.add(name);
					case "query" -> inQuery.add(name);
					default -> {
					}
				}
			});
			JsonNode json = operation.path("requestBody").path("content").path("application/json").path("schema");
			operations.add(new Operation(entry.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), inPath,
					inQuery, json.isMissingNode() ? null : json));
		}));
		return operations;
	}

	boolean hasBody() {
		return this.bodySchema != null;
	}

	/** The top-level fields of the body. */
	List<String> bodyFields(JsonNode components) {
		if (this.bodySchema == null) {
			return List.of();
		}
		JsonNode properties = resolve(this.bodySchema, components).path("properties");
		return new ArrayList<>(properties.propertyNames());
	}

	static JsonNode resolve(JsonNode schema, JsonNode components) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
			resolved = components.path("schemas").path(name);
		}
		if (resolved.has("allOf")) {
			return resolve(resolved.get("allOf").get(0), components);
		}
		if (resolved.has("oneOf")) {
			return resolve(resolved.get("oneOf").get(0), components);
		}
		return resolved;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
