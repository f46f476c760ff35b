package dev.lodestar.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compares an answer of the running application with the one the API guide shows. Ids and
 * tokens the guide shows stand for the ones of this run: the first time one is seen it is
 * bound to the actual value, and from then on it must match (and is put into the commands
 * in its place): ids are UUIDs, secrets start with {@code lst_} (API tokens),
 * {@code lsh_} (a key result's hook) or {@code lsw_} (a webhook), and a backup is named
 * after the moment it was taken ({@code lodestar-20261205-081502-123.zip}). Instants only
 * need to be instants, {@code "..."} stands for any value, and an object with a
 * {@code "...": "..."} member may have more members than it shows; any other object must
 * show every member the answer has.
 */
final class GuideAnswer {

	private static final Pattern ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(lst|lsh|lsw)_[A-Za-z0-9_-]{20,}"
				+ "|lodestar-\\d{8}-\\d{6}-\\d{3}\\.zip");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

	private final Map<String, String> bound;

	private final List<String> differences = new ArrayList<>();

	GuideAnswer(Map<String, String> bound) {
		this.bound = bound;
	}

	List<String> compare(JsonNode shown, JsonNode actual) {
		compare("$", shown, actual);
		return this.differences;
	}

	/**
	 * A text the guide shows, such as a header value or a field of a CSV file, against
	 * the actual one; {@code ...} stands for any text.
	 */
	boolean sameText(String shown, String actual) {
		if (shown.equals("...")) {
			return true;
		}
		var ids = ID.matcher(shown);
		if (ids.find() && ids.start() == 0 && ids.end() == shown.length()) {
			return bind(shown, actual);
		}
		String pattern = ID.matcher(shown).replaceAll("§");
		var parts = pattern.split("§", -1);
		var regex = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			regex.append(Pattern.quote(parts[i]));
			if (i < parts.length - 1) {
				regex.append("(.+)");
			}
		}
		var matcher = Pattern.compile(regex.toString()).matcher(actual);
		if (!matcher.matches()) {
			return false;
		}
		var shownIds = ID.matcher(shown);
		int group = 1;
		while (shownIds.find()) {
			if (!bind(shownIds.group(), matcher.group(group++))) {
				return false;
			}
		}
		return true;
	}

	private void compare(String where, JsonNode shown, JsonNode actual) {
		if (actual == null || actual.isMissingNode()) {
			this.differences.add(where + " is shown but missing from the answer");
		}
		else if (shown.isString() && shown.asString().equals("...")) {
			return;
		}
		else if (shown.isObject()) {
			compareObject(where, shown, actual);
		}
		else if (shown.isArray()) {
			if (!actual.isArray() || actual.size() != shown.size()) {
				this.differences.add(where + " shows " + shown.size() + " elements, the answer has " + actual);
				return;
			}
			for (int i = 0; i < shown.size(); i++) {
				compare(where + "[" + i + "]", shown.get(i), actual.get(i));
			}
		}
		else if (shown.isNumber()) {
			if (!actual.isNumber() || shown.doubleValue() != actual.doubleValue()) {
				this.differences.add(where + " shows " + shown + ", the answer has " + actual);
			}
		}
		else if (shown.isString()) {
			compareText(where, shown.asString(), actual);
		}
		else if (!shown.equals(actual)) {
			this.differences.add(where + " shows " + shown + ", the answer has " + actual);
		}
	}

	private void compareObject(String where, JsonNode shown, JsonNode actual) {
		if (!actual.isObject()) {
			this.differences.add(where + " shows an object, the answer has " + actual);
			return;
		}
		boolean more = shown.has("...");
		for (String name : shown.propertyNames()) {
			if (!name.equals("...")) {
				compare(where + "." + name, shown.get(name), actual.get(name));
			}
		}
		if (!more) {
			for (String name : actual.propertyNames()) {
				if (!shown.has(name)) {
					this.differences
						.add(where + "." + name + " is in the answer (" + actual.get(name) + ") but not shown");
				}
			}
		}
	}

	private void compareText(String where, String shown, JsonNode actual) {
		if (!actual.isString()) {
			this.differences.add(where + " shows \"" + shown + "\", the answer has " + actual);
		}
		else if (INSTANT.matcher(shown).matches()) {
			if (!INSTANT.matcher(actual.asString()).matches()) {
				this.differences.add(where + " shows an instant, the answer has " + actual);
			}
		}
		else if (!sameText(shown, actual.asString())) {
			this.differences.add(where + " shows \"" + shown + "\", the answer has " + actual);
		}
	}

	private boolean bind(String shown, String actual) {
		String earlier = this.bound.putIfAbsent(shown, actual);
		return earlier == null || earlier.equals(actual);
	}

}
