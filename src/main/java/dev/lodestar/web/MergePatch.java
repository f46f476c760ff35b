package dev.lodestar.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.lodestar.shared.Dates;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Text;

/**
 * A JSON merge patch (RFC 7396) as the API receives it: a property that is absent leaves
 * an attribute as it is, {@code null} clears it (where it may be cleared), any other
 * value sets it. Reading a property checks its type; every wrong one is collected, and
 * {@link #validate()} reports them all with their field names.
 */
public final class MergePatch {

	private final JsonNode body;

	private final FieldErrors errors = new FieldErrors();

	private MergePatch(JsonNode body) {
		this.body = body;
	}

	public static MergePatch of(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw InvalidInputException.of("body", "must be a JSON object");
		}
		return new MergePatch(body);
	}

	public boolean has(String field) {
		return this.body.has(field);
	}

	/** A text that may not be cleared: {@code null} when absent. */
	public String text(String field) {
		return required(field, optionalText(field));
	}

	/** A text that may be cleared: {@code null} when absent, empty when cleared. */
	public Optional<String> optionalText(String field) {
		Optional<String> text = read(field, JsonNode::isString, JsonNode::stringValue, "must be a string");
		if (text != null && text.isPresent() && Text.hasLoneSurrogate(text.get())) {
			this.errors.add(field, Text.unkeepable(text.get()));
			return null;
		}
		return text;
	}

	/**
	 * A JSON object that may be cleared: {@code null} when absent, empty when cleared.
	 */
	public Optional<JsonNode> optionalObject(String field) {
		return read(field, JsonNode::isObject, Function.identity(), "must be a JSON object");
	}

	/** A number that may not be cleared: {@code null} when absent. */
	public Double number(String field) {
		return required(field, read(field, JsonNode::isNumber, JsonNode::doubleValue, "must be a number"));
	}

	/**
	 * A date written as {@code YYYY-MM-DD} that may not be cleared: {@code null} when
	 * absent.
	 */
	public LocalDate date(String field) {
		String raw = text(field);
		if (raw == null) {
			return null;
		}
		LocalDate date = Dates.parseOrNull(raw);
		if (date == null) {
			this.errors.add(field, Dates.MESSAGE);
		}
		return date;
	}

	/**
	 * An enum value written as its lower-case, hyphenated name: {@code null} when absent.
	 */
	public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
		Optional<String> raw = optionalText(field);
		if (raw == null) {
			return null;
		}
		if (raw.isEmpty()) {
			this.errors.add(field, "must not be null");
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (jsonName(constant).equals(raw.get())) {
				return constant;
			}
		}
		this.errors.add(field, "must be one of "
				+ Arrays.stream(type.getEnumConstants()).map(MergePatch::jsonName).collect(Collectors.joining(", ")));
		return null;
	}

	public FieldErrors errors() {
		return this.errors;
	}

	/**
	 * Throws every type error found while reading.
	 */
	public void validate() {
		this.errors.throwIfAny();
	}

	static String jsonName(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private <T> Optional<T> read(String field, java.util.function.Predicate<JsonNode> isType,
			Function<JsonNode, T> value, String message) {
		if (!this.body.has(field)) {
			return null;
		}
		JsonNode node = this.body.get(field);
		if (node.isNull()) {
			return Optional.empty();
		}
		if (!isType.test(node)) {
			this.errors.add(field, message);
			return null;
		}
		return Optional.of(value.apply(node));
	}

	private <T> T required(String field, Optional<T> value) {
		if (value == null) {
			return null;
		}
		if (value.isEmpty()) {
			this.errors.add(field, "must not be null");
			return null;
		}
		return value.get();
	}

}
