package dev.lodestar.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.lodestar.shared.InvalidInputException;

/**
 * A CSV file of check-ins as uploaded: a header row naming the columns
 * {@code keyResultId} and {@code value}, optionally {@code confidence} and {@code note},
 * then one row per check-in. Commas separate the fields (or semicolons, when the header
 * has no comma); a field with a comma, a quote or a line break is quoted. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
record ImportFile(List<Line> lines) {

	/** The most rows one import takes. */
	public static final int MAX_ROWS = 1_000;

	/** The largest file one import takes, in bytes (1 MiB). */
	public static final int MAX_BYTES = 1_048_576;

	static final String FIELD = "csv";

	private static final Set<String> COLUMNS = Set.of("keyresultid", "value", "confidence", "note");

	static ImportFile parse(String text) {
		String csv = (text != null) ? text.replace("\uFEFF", "") : "";
		if (csv.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw InvalidInputException.of(FIELD, "is larger than 1 MB; split it into smaller files");
		}
		if (csv.isBlank()) {
			throw InvalidInputException.of(FIELD, "is empty: the first row names the columns, keyResultId,value");
		}
		try (CSVParser parser = format(csv).parse(new java.io.StringReader(csv))) {
			List<String> header = checkHeader(parser.getHeaderNames());
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (lines.size() == MAX_ROWS) {
					throw InvalidInputException.of(FIELD, "has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
							+ " rows; split it into smaller files");
				}
				lines.add(Line.of(lines.size() + 2, record, header.size()));
			}
			if (lines.isEmpty()) {
				throw InvalidInputException.of(FIELD, "has no rows under its header");
			}
			return new ImportFile(lines);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw InvalidInputException.of(FIELD, "cannot be read as CSV: " + reason(ex));
		}
	}

	private static CSVFormat format(String csv) {
		String first = csv.lines().findFirst().orElse("");
		char delimiter = (first.indexOf(',') < 0 && first.indexOf(';') >= 0) ? ';' : ',';
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
			.setAllowMissingColumnNames(false)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
	}

	private static List<String> checkHeader(List<String> names) {
		List<String> unknown = names.stream()
			.filter((name) -> !COLUMNS.contains(name.toLowerCase(Locale.ROOT)))
			.toList();
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of(FIELD, "has columns Lodestar does not know: " + String.join(", ", unknown)
					+ " (the columns are keyResultId, value, confidence and note)");
		}
		List<String> lower = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
		if (!lower.contains("keyresultid") || !lower.contains("value")) {
			throw InvalidInputException.of(FIELD, "needs a header row with the columns keyResultId and value");
		}
		return names;
	}

	private static String reason(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().toLowerCase(Locale.ROOT) : "";
		if (message.contains("duplicate")) {
			return "a column is named twice";
		}
		if (message.contains("eof")) {
			return "a quote is opened and never closed";
		}
		if (message.contains("header")) {
			return "a column of the header has no name";
		}
		return "a quoted field is not closed properly";
	}

	/**
	 * One row of the file, its fields as text.
	 *
	 * @param shape what is wrong with the row as a whole, or {@code null}
	 */
	record Line(int row, String keyResultId, String value, String confidence, String note, String shape) {

		static Line of(int row, CSVRecord record, int columns) {
			String shape = (record.size() > columns) ? "has " + record.size() + " fields but the header names "
					+ columns + " (quote a note that contains the separator)" : null;
			return new Line(row, field(record, "keyResultId"), field(record, "value"), field(record, "confidence"),
					field(record, "note"), shape);
		}

		private static String field(CSVRecord record, String name) {
			return (record.isMapped(name) && record.isSet(name)) ? record.get(name) : "";
		}

	}

}
