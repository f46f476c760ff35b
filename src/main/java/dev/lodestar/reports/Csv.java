package dev.lodestar.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a
 * field quoted (and its quotes doubled) when it holds a comma, a quote, a CR or LF. Text
 * that a spreadsheet would run as a formula — starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR — is written with a leading apostrophe
 * ({@code '=SUM(A1)}); numbers are written as they are, so {@code -5} stays a number.
 */
final class Csv {

	private final Writer out;

	private boolean first = true;

	Csv(Writer out) {
		this.out = out;
	}

	/** A text field, guarded against formula injection; {@code null} is empty. */
	Csv text(String value) {
		if (value == null || value.isEmpty()) {
			return raw("");
		}
		char lead = value.charAt(0);
		boolean formula = lead == '=' || lead == '+' || lead == '-' || lead == '@' || lead == '\t' || lead == '\r';
		return raw(formula ? "'" + value : value);
	}

	/** A number, plainly ({@code 0.7}, {@code 12}, {@code -5}); {@code null} is empty. */
	Csv number(Number value) {
		if (value == null) {
			return raw("");
		}
		if (value instanceof Double number) {
			return raw(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
		}
		return raw(value.toString());
	}

	/** Any value written as its text form, unguarded: ids, names of kinds, instants. */
	Csv plain(Object value) {
		return raw((value != null) ? value.toString() : "");
	}

	Csv row(String... headers) {
		for (String header : headers) {
			text(header);
		}
		return end();
	}

	Csv end() {
		write("\r\n");
		this.first = true;
		return this;
	}

	private Csv raw(String value) {
		if (!this.first) {
			write(",");
		}
		this.first = false;
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		write(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
		return this;
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
