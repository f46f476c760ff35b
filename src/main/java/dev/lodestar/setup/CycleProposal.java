package dev.lodestar.setup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import dev.lodestar.organization.Cadence;

/**
 * The cycle the cadence proposes next: for quarters, the calendar quarter after today's
 * (or after the last cycle's end), named like {@code 2027 Q1}; for a number of weeks, as
 * many weeks from the next Monday (or from the day after the last cycle).
 */
public record CycleProposal(String name, LocalDate startDate, LocalDate endDate) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/**
	 * @param lastEnd the last day of the latest cycle, or {@code null} without cycles
	 */
	public static CycleProposal next(Cadence cadence, int weeks, LocalDate today, LocalDate lastEnd) {
		if (cadence == Cadence.WEEKS) {
			LocalDate start = (lastEnd != null && !lastEnd.isBefore(today)) ? lastEnd.plusDays(1)
					: today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			LocalDate end = start.plusWeeks(weeks).minusDays(1);
			return new CycleProposal(weeks + " weeks from " + start.format(DAY), start, end);
		}
		LocalDate after = (lastEnd != null && !lastEnd.isBefore(today)) ? lastEnd : today;
		LocalDate start = after.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3);
		LocalDate end = start.plusMonths(3).minusDays(1);
		return new CycleProposal(start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR), start, end);
	}

}
