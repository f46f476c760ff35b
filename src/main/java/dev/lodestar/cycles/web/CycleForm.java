package dev.lodestar.cycles.web;

import java.time.LocalDate;
import java.util.Map;

import dev.lodestar.shared.Dates;

/**
 * A new cycle as typed into the form: kept as text, so that whatever was typed can be
 * shown again beside the reason it was refused.
 */
record CycleForm(String name, String startDate, String endDate) {

	/**
	 * The next calendar quarter after {@code today}: what most organisations plan next.
	 */
	static CycleForm nextQuarter(LocalDate today) {
		LocalDate start = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
		LocalDate end = start.plusMonths(3).minusDays(1);
		String name = start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
		return new CycleForm(name, start.toString(), end.toString());
	}

	/**
	 * The date typed into a field, or {@code null} (reported in {@code errors}) when it
	 * is not one; a blank field is left to the domain, which says it is required.
	 */
	static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date = Dates.parseOrNull(text);
		if (date == null) {
			errors.put(field, "must be a date such as 2027-01-01, between the years 1 and 9999");
		}
		return date;
	}

	/**
	 * The reasons by field, in words for a person rather than an API client.
	 */
	static Map<String, String> inWords(Map<String, String> errors) {
		errors.replaceAll((field, message) -> message.replace("startDate", "the start date"));
		return errors;
	}

}
