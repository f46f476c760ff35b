package dev.lodestar.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How pages write numbers, shares and moments, as {@code ${@format.number(x)}} in
 * templates: "53.5" not "53.50000001", "32 %", "3 days ago".
 */
@Component("format")
public class Format {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final Clock clock;

	Format(Clock clock) {
		this.clock = clock;
	}

	/** A value without needless decimals: 48, 53.5, 0.25. */
	public String number(double value) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		return BigDecimal.valueOf(value)
			.setScale(2, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	/** A share from 0.0 to 1.0 as a whole percentage: "32 %". */
	public String percent(double share) {
		return Math.round(share * 100) + " %";
	}

	/** A share from 0.0 to 1.0 as a whole number from 0 to 100, for widths and values. */
	public long hundredths(double share) {
		return Math.round(Math.max(0, Math.min(1, share)) * 100);
	}

	/** How long ago something happened, in words: "today", "yesterday", "5 days ago". */
	public String ago(Instant moment) {
		if (moment == null) {
			return "never";
		}
		long days = Duration.between(moment, this.clock.instant()).toDays();
		if (days <= 0) {
			return "today";
		}
		return (days == 1) ? "yesterday" : days + " days ago";
	}

	/**
	 * How long ago something happened, to the minute while it is recent: "just now", "5
	 * minutes ago", "3 hours ago"; from a day on as {@link #ago}.
	 */
	public String since(Instant moment) {
		if (moment == null) {
			return "never";
		}
		Duration passed = Duration.between(moment, this.clock.instant());
		if (passed.toMinutes() < 1) {
			return "just now";
		}
		if (passed.toHours() < 1) {
			return (passed.toMinutes() == 1) ? "a minute ago" : passed.toMinutes() + " minutes ago";
		}
		if (passed.toHours() < 24) {
			return (passed.toHours() == 1) ? "an hour ago" : passed.toHours() + " hours ago";
		}
		return ago(moment);
	}

	/** A day as people read it: "4 Jan 2027". */
	public String day(LocalDate day) {
		return (day != null) ? DAY.format(day) : "";
	}

	/** The day of a moment (in UTC): "4 Jan 2027". */
	public String day(Instant moment) {
		return (moment != null) ? DAY.format(moment.atZone(ZoneOffset.UTC)) : "";
	}

}
