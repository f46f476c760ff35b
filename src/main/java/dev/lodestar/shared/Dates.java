package dev.lodestar.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The dates Lodestar takes: written {@code YYYY-MM-DD}, from year 1 to year 9999. Java
 * reads years up to ±999,999,999, which neither the databases nor the pages can hold, so
 * every date that comes in is bounded here.
 */
public final class Dates {

	public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	/** Why a date was refused, in the words of a field error. */
	public static final String MESSAGE = "must be a date written as YYYY-MM-DD, from 0001-01-01 to 9999-12-31";

	private static final Pattern WRITTEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Dates() {
	}

	/** The date a text names, or {@code null} when it names none that Lodestar takes. */
	public static LocalDate parseOrNull(String raw) {
		if (raw == null || !WRITTEN.matcher(raw.strip()).matches()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(raw.strip());
			return within(date) ? date : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	public static boolean within(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	/**
	 * Adds an error for {@code field} when a date is out of range; {@code null} passes.
	 */
	public static void check(FieldErrors errors, String field, LocalDate date) {
		if (date != null && !within(date)) {
			errors.add(field, MESSAGE);
		}
	}

}
