package dev.lodestar.objectives.web;

import java.util.Map;
import java.util.UUID;

/**
 * Reads what was typed into a form field, noting in {@code errors} what does not parse,
 * by field, so that each reason can be shown beside its field.
 */
public final class FormValues {

	private FormValues() {
	}

	public static Double number(String text, String field, Map<String, String> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			double number = Double.parseDouble(text.strip().replace(',', '.'));
			if (Double.isFinite(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put(field, "must be a number");
		return null;
	}

	public static UUID id(String text, String field, Map<String, String> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "is not one of the choices");
			return null;
		}
	}

	public static Long version(String text) {
		try {
			return blank(text) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
