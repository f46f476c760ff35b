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

import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.StaleVersionException;

/**
 * The organisation's settings for its OKR program. Everyone reads them; admins change
 * them.
 */
@Service
@Transactional
public class Program {

	private final JdbcClient jdbc;

	Program(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ProgramSettings settings() {
		return this.jdbc
			.sql("select check_in_day, check_in_time, time_zone, version from program_settings where id = 1")
			.query((rs, row) -> new ProgramSettings(DayOfWeek.valueOf(rs.getString("check_in_day")),
					rs.getObject("check_in_time", LocalTime.class), ZoneId.of(rs.getString("time_zone")),
					rs.getLong("version")))
			.single();
	}

	/**
	 * Changes some settings ({@code null} leaves one as it is): the day is a day of the
	 * week in English, the time {@code HH:mm}, the zone an IANA name such as
	 * {@code Europe/Berlin}.
	 */
	public ProgramSettings change(Actor actor, Long expectedVersion, SettingsChanges changes) {
		actor.require(actor.isAdmin(), "change the program's settings");
		ProgramSettings current = settings();
		StaleVersionException.check("settings", expectedVersion, current.version());
		FieldErrors errors = new FieldErrors();
		DayOfWeek day = (changes.checkInDay() != null) ? day(errors, changes.checkInDay()) : current.checkInDay();
		LocalTime time = (changes.checkInTime() != null) ? time(errors, changes.checkInTime()) : current.checkInTime();
		ZoneId zone = (changes.timeZone() != null) ? zone(errors, changes.timeZone()) : current.timeZone();
		errors.throwIfAny();
		this.jdbc.sql("""
				update program_settings set check_in_day = :day, check_in_time = :time, time_zone = :zone,
				version = version + 1 where id = 1""")
			.param("day", day.name())
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

	private static LocalTime time(FieldErrors errors, String raw) {
		try {
			return LocalTime.parse(raw.strip()).withSecond(0).withNano(0);
		}
		catch (DateTimeParseException ex) {
			errors.add("checkInTime", "must be a time of day as HH:mm, such as 09:30");
			return LocalTime.NOON;
		}
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
	public record SettingsChanges(String checkInDay, String checkInTime, String timeZone) {
	}

}
