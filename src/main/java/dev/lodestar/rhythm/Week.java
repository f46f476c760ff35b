package dev.lodestar.rhythm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import java.time.temporal.TemporalAdjusters;

import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.shared.Dates;
import dev.lodestar.shared.InvalidInputException;

/**
 * A week of the rhythm, named by its Monday ({@code YYYY-MM-DD}) in the organisation's
 * time zone. It runs from that Monday's midnight to the next Monday's.
 */
public record Week(LocalDate monday) {

	public Week {
		if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("A week starts on a Monday, not on " + monday);
		}
	}

	/** The week that holds {@code at} in the organisation's time zone. */
	public static Week of(ProgramSettings settings, Instant at) {
		return new Week(settings.weekOf(at));
	}

	/**
	 * The week a client names: a date that is a Monday, or a 400 naming {@code field}.
	 */
	public static Week parse(String field, String raw) {
		LocalDate date = dateOrNull(raw);
		if (date == null) {
			throw InvalidInputException.of(field,
					"must be a Monday written as YYYY-MM-DD, from 0001-01-01 to 9999-12-31");
		}
		if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw InvalidInputException.of(field, "must be a Monday: the week of " + date + " starts on "
					+ date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		}
		return new Week(date);
	}

	/** A date as {@code YYYY-MM-DD}, or {@code null} when the text is not one. */
	public static LocalDate dateOrNull(String raw) {
		return Dates.parseOrNull(raw);
	}

	/** The week that holds a day. */
	public static Week holding(LocalDate day) {
		return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	public Week previous() {
		return new Week(this.monday.minusWeeks(1));
	}

	public Week next() {
		return new Week(this.monday.plusWeeks(1));
	}

	public LocalDate friday() {
		return this.monday.plusDays(4);
	}

	public boolean isAfter(Week other) {
		return this.monday.isAfter(other.monday);
	}

	public Instant start(ProgramSettings settings) {
		return settings.startOf(this.monday);
	}

	public Instant end(ProgramSettings settings) {
		return settings.startOf(this.monday.plusWeeks(1));
	}

	@Override
	public String toString() {
		return this.monday.toString();
	}

}
