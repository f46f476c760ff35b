package dev.lodestar.organization;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The rhythm of the organisation's OKR program: the day and time of the weekly check-in,
 * in the organisation's time zone. Weeks start on Monday in that time zone. It also says
 * whether objectives are reviewed before they are published, the organisation's name
 * (none until an admin gives one), the cadence of its cycles, and whether the check-in
 * day was ever chosen (the day has a default, which nobody chose).
 *
 * @param organisationName the organisation's name, or {@code null} before it has one
 * @param cycleWeeks the length of a cycle in weeks when the cadence is
 * {@link Cadence#WEEKS}
 */
public record ProgramSettings(DayOfWeek checkInDay, LocalTime checkInTime, ZoneId timeZone,
		ObjectiveReview objectiveReview, long version, String organisationName, Cadence cadence, int cycleWeeks,
		boolean checkInDayChosen) {

	public ProgramSettings {
		objectiveReview = (objectiveReview != null) ? objectiveReview : ObjectiveReview.OFF;
		cadence = (cadence != null) ? cadence : Cadence.QUARTER;
	}

	/** The settings of an organisation without a name, cycles of a quarter. */
	public ProgramSettings(DayOfWeek checkInDay, LocalTime checkInTime, ZoneId timeZone,
			ObjectiveReview objectiveReview, long version) {
		this(checkInDay, checkInTime, timeZone, objectiveReview, version, null, Cadence.QUARTER, 13, false);
	}

	/** The rhythm alone, with review off. */
	public ProgramSettings(DayOfWeek checkInDay, LocalTime checkInTime, ZoneId timeZone, long version) {
		this(checkInDay, checkInTime, timeZone, ObjectiveReview.OFF, version);
	}

	/** Whether objectives need an approval before they are published. */
	public boolean reviewRequired() {
		return this.objectiveReview == ObjectiveReview.REQUIRED;
	}

	/**
	 * The Monday that starts the week holding {@code instant}, in the organisation's
	 * zone.
	 */
	public LocalDate weekOf(Instant instant) {
		return instant.atZone(this.timeZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The moment the week that starts on {@code monday} begins. */
	public Instant startOf(LocalDate monday) {
		return monday.atStartOfDay(this.timeZone).toInstant();
	}

	/** The check-in moment of the week that holds {@code instant}. */
	public Instant checkInOfWeek(Instant instant) {
		return ZonedDateTime
			.of(weekOf(instant).with(TemporalAdjusters.nextOrSame(this.checkInDay)), this.checkInTime, this.timeZone)
			.toInstant();
	}

	/** The first check-in moment after {@code instant}. */
	public Instant nextCheckIn(Instant instant) {
		Instant thisWeek = checkInOfWeek(instant);
		return thisWeek.isAfter(instant) ? thisWeek
				: ZonedDateTime.ofInstant(thisWeek, this.timeZone).plusWeeks(1).toInstant();
	}

}
