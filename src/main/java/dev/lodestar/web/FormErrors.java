package dev.lodestar.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;

/**
 * The rules a form submission broke, by field, for the page to show beside the fields:
 * the ones found while reading the form (text that is not a number, say) and the ones the
 * domain refused, including a conflict that names its field (a name already taken). A
 * change is only attempted when reading found nothing wrong.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** No broken rule yet; the first message of each field is kept. */
	public static Map<String, String> none() {
		return new LinkedHashMap<>();
	}

	/**
	 * Makes a change unless the form broke a rule already; the rules the change breaks
	 * join the others. Answers whether the change was made.
	 */
	public static boolean attempt(Map<String, String> errors, Runnable change) {
		return attempt(errors, () -> {
			change.run();
			return Boolean.TRUE;
		}) != null;
	}

	/**
	 * Makes a change that answers something, unless the form broke a rule already;
	 * answers what the change answered, or {@code null} when it was not made.
	 */
	public static <T> T attempt(Map<String, String> errors, Supplier<T> change) {
		if (!errors.isEmpty()) {
			return null;
		}
		try {
			return change.get();
		}
		catch (InvalidInputException ex) {
			add(errors, ex.errors());
			return null;
		}
		catch (ConflictException ex) {
			if (ex.errors().isEmpty()) {
				throw ex;
			}
			add(errors, ex.errors());
			return null;
		}
	}

	/** Adds broken rules to a form's, keeping the first message of each field. */
	public static void add(Map<String, String> errors, Iterable<FieldError> more) {
		more.forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
	}

}
