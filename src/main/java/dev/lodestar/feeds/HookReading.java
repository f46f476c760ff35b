package dev.lodestar.feeds;

import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hook call sends: {@code {"value": n, "note"?: "...", "confidence"?: n}}. Read
 * from the raw body (the bytes that were signed), with each wrong field named.
 *
 * @param confidence {@code null} keeps the key result's latest confidence
 */
record HookReading(Double value, Integer confidence, String note) {

	static HookReading parse(JsonMapper json, byte[] body) {
		JsonNode root = tree(json, body);
		FieldErrors errors = new FieldErrors();
		Double value = value(errors, root.get("value"));
		Integer confidence = confidence(errors, root.get("confidence"));
		String note = note(errors, root.get("note"));
		errors.throwIfAny();
		return new HookReading(value, confidence, note);
	}

	private static JsonNode tree(JsonMapper json, byte[] body) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			root = null;
		}
		if (root == null || !root.isObject()) {
			throw InvalidInputException.of("body", "must be a well-formed JSON object");
		}
		return root;
	}

	private static Double value(FieldErrors errors, JsonNode node) {
		if (node == null || node.isNull()) {
			errors.add("value", "is required");
			return null;
		}
		if (!node.isNumber()) {
			errors.add("value", "must be a number");
			return null;
		}
		return node.asDouble();
	}

	private static Integer confidence(FieldErrors errors, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber()) {
			errors.add("confidence", "must be a whole number");
			return null;
		}
		return node.canConvertToInt() ? node.asInt() : Integer.MAX_VALUE;
	}

	private static String note(FieldErrors errors, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			errors.add("note", "must be a string");
			return null;
		}
		return node.asString();
	}

}
