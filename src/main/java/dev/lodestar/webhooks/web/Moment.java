package dev.lodestar.webhooks.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as a log shows it, to the second in UTC, with its ISO form for
 * {@code <time datetime>}; {@code null} becomes an empty moment.
 */
record Moment(String iso, String text) {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
			Locale.ENGLISH);

	static Moment of(Instant instant) {
		if (instant == null) {
			return new Moment(null, "");
		}
		return new Moment(instant.toString(), TEXT.format(instant.atZone(ZoneOffset.UTC)));
	}

	public boolean present() {
		return this.iso != null;
	}

}
