package dev.lodestar.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lodestar.shared.FieldError;

/**
 * Which of a page's forms the server refused, what was typed into it, and why, by field;
 * the page shows the reasons beside the fields and keeps what was typed.
 *
 * @param form the name of the refused form, or {@code null} when nothing was refused
 */
record Refusal(String form, Map<String, String> typed, Map<String, String> errors) {

	static Refusal none() {
		return new Refusal(null, Map.of(), Map.of());
	}

	static Refusal of(String form, Map<String, String> typed, Iterable<FieldError> errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach((error) -> byField.putIfAbsent(error.field(), error.message()));
		return new Refusal(form, typed, byField);
	}

	public boolean on(String form) {
		return form.equals(this.form);
	}

	/** What was typed into a field of the refused form, else {@code otherwise}. */
	public String typed(String form, String field, String otherwise) {
		return (on(form) && this.typed.containsKey(field)) ? this.typed.get(field) : otherwise;
	}

	public boolean has(String form, String field) {
		return on(form) && this.errors.containsKey(field);
	}

	public String error(String form, String field) {
		return has(form, field) ? this.errors.get(field) : null;
	}

}
