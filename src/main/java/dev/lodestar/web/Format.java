package dev.lodestar.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

	/**
	 * A value as people read it, never wider than a few words: without needless decimals
	 * and with thousands separators below a million (48, 53.5, 0.25, 12,500), in words
	 * from a million on (2.5 million, 1 quadrillion), and beyond that in powers of ten
	 * (1.2 × 10²¹).
	 */
	public String number(double value) {
		return figure(value);
	}

	/**
	 * A key result's figures in the one notation Lodestar uses everywhere, for text built
	 * outside a template (pages use the fragment {@code web/figures :: figures}): "now 35
	 * · target 60 (from 10)", each value with its unit; without {@code start} the part in
	 * brackets is left out.
	 */
	public static String figures(Double start, double now, double target, String unit) {
		return "now " + valued(now, unit) + " · target " + valued(target, unit)
				+ ((start != null) ? " (from " + valued(start, unit) + ")" : "");
	}

	/**
	 * How a value changed, in the one notation Lodestar uses everywhere: "was 15, now
	 * 14".
	 */
	public static String change(double was, double now, String unit) {
		return "was " + valued(was, unit) + ", now " + valued(now, unit);
	}

	/** {@link #change(double, double, String)} for templates. */
	public String changed(double was, double now, String unit) {
		return change(was, now, unit);
	}

	/** A value with its unit, if it has one: "35 %", "1,200 teams", "48". */
	public static String valued(double value, String unit) {
		return figure(value) + ((unit != null && !unit.isBlank()) ? " " + unit : "");
	}

	/**
	 * What {@link #number} writes, for code that builds text outside a template.
	 */
	public static String figure(double value) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		if (Math.abs(value) < 1e6) {
			return grouped(value);
		}
		int exponent = (int) Math.floor(Math.log10(Math.abs(value)) / 3) * 3;
		BigDecimal scaled = shortened(value / Math.pow(10, exponent));
		if (scaled.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
			exponent += 3;
			scaled = shortened(value / Math.pow(10, exponent));
		}
		int word = (exponent - 6) / 3;
		if (word < LARGE.length) {
			return scaled.toPlainString() + " " + LARGE[word];
		}
		int power = (int) Math.floor(Math.log10(Math.abs(value)));
		return shortened(value / Math.pow(10, power)).toPlainString() + " × 10" + superscript(power);
	}

	private static final String[] LARGE = { "million", "billion", "trillion", "quadrillion" };

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private static String superscript(int power) {
		StringBuilder written = new StringBuilder();
		String.valueOf(power)
			.chars()
			.forEach((digit) -> written.append((digit == '-') ? '⁻' : SUPERSCRIPT_DIGITS.charAt(digit - '0')));
		return written.toString();
	}

	private static String grouped(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		String written = format.format(BigDecimal.valueOf(value));
		return "-0".equals(written) ? "0" : written;
	}

	/** One decimal at most, none from 100 on: 2.5, 12, 350. */
	private static BigDecimal shortened(double value) {
		int decimals = (Math.abs(value) >= 99.95) ? 0 : 1;
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? BigDecimal.ZERO : rounded.stripTrailingZeros();
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

	/**
	 * The initials of a name for its avatar: the first letters of its first and last
	 * words ("Ada Lovelace" is "AL", "Grace" is "G"), upper case; "?" for a name with no
	 * letter.
	 */
	public String initials(String name) {
		if (name == null) {
			return "?";
		}
		String[] words = name.strip().split("[\\s\\-_.@]+");
		StringBuilder initials = new StringBuilder();
		for (String word : new String[] { words[0], (words.length > 1) ? words[words.length - 1] : "" }) {
			word.codePoints()
				.filter(Character::isLetterOrDigit)
				.findFirst()
				.ifPresent((letter) -> initials.appendCodePoint(Character.toUpperCase(letter)));
		}
		return initials.isEmpty() ? "?" : initials.toString();
	}

	/**
	 * One of eight avatar colours for a name, the same for the same name on every page
	 * and after every restart.
	 */
	public int hue(String name) {
		return (name == null) ? 0 : Math.floorMod(name.strip().hashCode(), 8);
	}

}
