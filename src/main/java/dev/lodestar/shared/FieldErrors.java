package dev.lodestar.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken rules of one input so that a person sees all of them at once, then
 * throws them together as an {@link InvalidInputException}. The checks return the cleaned
 * value so that validation and normalisation happen in one pass.
 */
public final class FieldErrors {

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 10_000;

	private final List<FieldError> errors = new ArrayList<>();

	public FieldErrors add(String field, String message) {
		this.errors.add(new FieldError(field, message));
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public List<FieldError> list() {
		return List.copyOf(this.errors);
	}

	public boolean has(String field) {
		return this.errors.stream().anyMatch((error) -> error.field().equals(field));
	}

	/**
	 * A required title: 1 to 200 characters after trimming. Returns the trimmed title.
	 */
	public String title(String field, String value) {
		String trimmed = (value != null) ? value.strip() : "";
		if (trimmed.isEmpty()) {
			add(field, "must not be blank");
		}
		else if (Text.unkeepable(trimmed) != null) {
			add(field, Text.unkeepable(trimmed));
		}
		else if (characters(trimmed) > TITLE_MAX) {
			add(field, "must be at most " + TITLE_MAX + " characters (is " + characters(trimmed) + ")");
		}
		return trimmed;
	}

	/**
	 * An optional longer text (description, note): up to 10,000 characters. Blank becomes
	 * {@code null}.
	 */
	public String text(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (Text.unkeepable(trimmed) != null) {
			add(field, Text.unkeepable(trimmed));
		}
		else if (characters(trimmed) > TEXT_MAX) {
			add(field, "must be at most " + TEXT_MAX + " characters (is " + characters(trimmed) + ")");
		}
		return trimmed;
	}

	/**
	 * A required value that must be present.
	 */
	public <T> T required(String field, T value) {
		if (value == null) {
			add(field, "is required");
		}
		return value;
	}

	/**
	 * A required number that must be finite.
	 */
	public Double number(String field, Double value) {
		if (value == null) {
			add(field, "is required");
		}
		else if (value.isNaN() || value.isInfinite()) {
			add(field, "must be a finite number");
		}
		return value;
	}

	/**
	 * Runs a step that validates on its own and keeps its broken rules with these;
	 * answers the step's result, or {@code null} when it broke a rule.
	 */
	public <T> T collect(java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			this.errors.addAll(ex.errors());
			return null;
		}
	}

	/**
	 * Characters as people count them: an emoji is one, not two UTF-16 units.
	 */
	static int characters(String text) {
		return text.codePointCount(0, text.length());
	}

	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new InvalidInputException(this.errors);
		}
	}

}
