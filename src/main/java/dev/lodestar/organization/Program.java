package dev.lodestar.organization;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.StaleVersionException;

/**
 * The organisation's settings for its OKR program. Everyone reads them; admins change
 * them.
 */
@Service
@Transactional
public class Program {

	private static final String CACHED = Program.class.getName() + ".settings";

	private final JdbcClient jdbc;

	Program(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The settings, read once per web request however many parts of a page ask (the menu,
	 * the cards, the sections), and at every call outside one.
	 */
	@Transactional(readOnly = true)
	public ProgramSettings settings() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read();
		}
		if (request.getAttribute(CACHED, RequestAttributes.SCOPE_REQUEST) instanceof ProgramSettings known) {
			return known;
		}
		ProgramSettings settings = read();
		request.setAttribute(CACHED, settings, RequestAttributes.SCOPE_REQUEST);
		return settings;
	}

	private ProgramSettings read() {
		return this.jdbc.sql("""
				select check_in_day, check_in_time, time_zone, objective_review, version, organisation_name, cadence,
				cycle_weeks, check_in_day_chosen
				from program_settings where id = 1""")
			.query((rs, row) -> new ProgramSettings(DayOfWeek.valueOf(rs.getString("check_in_day")),
					rs.getObject("check_in_time", LocalTime.class), ZoneId.of(rs.getString("time_zone")),
					ObjectiveReview.valueOf(rs.getString("objective_review")), rs.getLong("version"),
					rs.getString("organisation_name"), Cadence.valueOf(rs.getString("cadence")),
					rs.getInt("cycle_weeks"), rs.getBoolean("check_in_day_chosen")))
			.single();
	}

	/**
	 * Changes some settings ({@code null} leaves one as it is): the day is a day of the
	 * week in English, the time {@code HH:mm}, the zone an IANA name such as
	 * {@code Europe/Berlin}, the review {@code off} or {@code required}, the name at most
	 * 200 characters (blank removes it), the cadence {@code quarter} or {@code weeks},
	 * the weeks of a cycle 1 to 52. Choosing a check-in day, even the one already set,
	 * marks it as chosen.
	 */
	public ProgramSettings change(Actor actor, Long expectedVersion, SettingsChanges changes) {
		actor.require(actor.isAdmin(), "change the program's settings");
		ProgramSettings current = read();
		StaleVersionException.check("settings", expectedVersion, current.version());
		FieldErrors errors = new FieldErrors();
		DayOfWeek day = (changes.checkInDay() != null) ? day(errors, changes.checkInDay()) : current.checkInDay();
		LocalTime time = (changes.checkInTime() != null) ? time(errors, changes.checkInTime()) : current.checkInTime();
		ZoneId zone = (changes.timeZone() != null) ? zone(errors, changes.timeZone()) : current.timeZone();
		ObjectiveReview review = (changes.objectiveReview() != null) ? review(errors, changes.objectiveReview())
				: current.objectiveReview();
		String name = (changes.organisationName() != null) ? name(errors, changes.organisationName())
				: current.organisationName();
		Cadence cadence = (changes.cadence() != null) ? cadence(errors, changes.cadence()) : current.cadence();
		int weeks = (changes.cycleWeeks() != null) ? weeks(errors, changes.cycleWeeks()) : current.cycleWeeks();
		errors.throwIfAny();
		this.jdbc.sql("""
				update program_settings set check_in_day = :day, check_in_time = :time, time_zone = :zone,
				objective_review = :review, organisation_name = :name, cadence = :cadence, cycle_weeks = :weeks,
				check_in_day_chosen = :chosen, version = version + 1 where id = 1""")
			.param("day", day.name())
			.param("name", name)
			.param("cadence", cadence.name())
			.param("weeks", weeks)
			.param("chosen", current.checkInDayChosen() || changes.checkInDay() != null)
			.param("review", review.name())
			.param("time", time)
			.param("zone", zone.getId())
			.update();
		return settings();
	}

	private static DayOfWeek day(FieldErrors errors, String raw) {
		try {
			return DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add("checkInDay", "must be a day of the week, such as monday");
			return DayOfWeek.MONDAY;
		}
	}

	private static String name(FieldErrors errors, String raw) {
		String clean = raw.strip();
		if (clean.codePointCount(0, clean.length()) > 200) {
			errors.add("organisationName", "must be at most 200 characters");
		}
		return clean.isEmpty() ? null : clean;
	}

	private static Cadence cadence(FieldErrors errors, String raw) {
		return Cadence.of(raw.strip()).orElseGet(() -> {
			errors.add("cadence", "must be one of quarter, weeks");
			return Cadence.QUARTER;
		});
	}

	private static int weeks(FieldErrors errors, String raw) {
		try {
			int weeks = Integer.parseInt(raw.strip());
			if (weeks >= 1 && weeks <= 52) {
				return weeks;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		errors.add("cycleWeeks", "must be a whole number of weeks from 1 to 52");
		return 13;
	}

	private static LocalTime time(FieldErrors errors, String raw) {
		try {
			return LocalTime.parse(raw.strip()).withSecond(0).withNano(0);
		}
		catch (DateTimeParseException ex) {
			errors.add("checkInTime", "must be a time of day as HH:mm, such as 09:30");
			return LocalTime.NOON;
		}
	}

	private static ObjectiveReview review(FieldErrors errors, String raw) {
		return ObjectiveReview.of(raw.strip()).orElseGet(() -> {
			errors.add("objectiveReview", "must be one of off, required");
			return ObjectiveReview.OFF;
		});
	}

	private static ZoneId zone(FieldErrors errors, String raw) {
		try {
			return ZoneId.of(raw.strip());
		}
		catch (DateTimeException ex) {
			errors.add("timeZone", "must be a time zone such as Europe/Berlin");
			return ZoneId.of("UTC");
		}
	}

	/**
	 * A partial change of the settings, as typed: {@code null} leaves a setting as it is.
	 */
	public record SettingsChanges(String checkInDay, String checkInTime, String timeZone, String objectiveReview,
			String organisationName, String cadence, String cycleWeeks) {

		/** A change of the check-in rhythm or the review. */
		public SettingsChanges(String checkInDay, String checkInTime, String timeZone, String objectiveReview) {
			this(checkInDay, checkInTime, timeZone, objectiveReview, null, null, null);
		}

		/** A change of the check-in rhythm alone. */
		public SettingsChanges(String checkInDay, String checkInTime, String timeZone) {
			this(checkInDay, checkInTime, timeZone, null);
		}

	}

}
