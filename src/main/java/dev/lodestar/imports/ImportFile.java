package dev.lodestar.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.lodestar.shared.InvalidInputException;

/**
 * A people import file read: the header (its columns in any order, their names trimmed
 * and in any case), then one {@link Line} per row with the number of the file line it
 * starts on. Quoted fields follow RFC 4180 (commas, doubled quotes and line breaks inside
 * quotes); a UTF-8 byte order mark is skipped; blank lines are left out. A file that
 * cannot be read as a whole (too large, not UTF-8, not CSV, a column missing) is refused
 * with the field {@value #FIELD}.
 */
public final class ImportFile {

	/** The field named when the file as a whole is refused. */
	public static final String FIELD = "csv";

	/** The largest file one import takes, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most rows one import takes. */
	public static final int MAX_ROWS = 50_000;

	/** The columns, as the header names them. */
	public static final List<String> COLUMNS = List.of("email", "name", "role", "team", "parentTeam", "lead");

	private final List<Line> lines;

	private ImportFile(List<Line> lines) {
		this.lines = lines;
	}

	public List<Line> lines() {
		return this.lines;
	}

	/**
	 * Reads bytes that must be UTF-8.
	 * @throws FileTooLargeException over {@link #MAX_BYTES}
	 */
	public static ImportFile parse(byte[] body) {
		if (body == null || body.length == 0) {
			throw InvalidInputException.of(FIELD, "is empty; send a header row and one row per person");
		}
		if (body.length > MAX_BYTES) {
			throw new FileTooLargeException();
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
			return parse(text);
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of(FIELD,
					"is not UTF-8 text; save it as \"CSV UTF-8\" (most spreadsheets offer it) and try again");
		}
	}

	/**
	 * Reads text.
	 * @throws FileTooLargeException over {@link #MAX_BYTES} in UTF-8
	 */
	public static ImportFile parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(FIELD, "is empty; send a header row and one row per person");
		}
		// a character is at least one byte: only a long text needs counting
		if (text.length() > MAX_BYTES
				|| (text.length() > MAX_BYTES / 4 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES)) {
			throw new FileTooLargeException();
		}
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
			var records = parser.iterator();
			Map<String, Integer> columns = null;
			List<Line> lines = new ArrayList<>();
			long lineAfter = 0;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long start = lineAfter + 1;
				lineAfter = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (columns == null) {
					columns = header(record);
					continue;
				}
				if (lines.size() == MAX_ROWS) {
					throw InvalidInputException.of(FIELD,
							"has more than " + MAX_ROWS + " rows; split it into several files");
				}
				lines.add(line(columns, record, (int) start));
			}
			if (columns == null) {
				throw InvalidInputException.of(FIELD, "is empty; send a header row and one row per person");
			}
			return new ImportFile(lines);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw InvalidInputException.of(FIELD, "is not valid CSV: " + reason(ex)
					+ ". A field with a comma, a quote or a line break must be in double quotes, its quotes doubled");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String reason(RuntimeException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String message = (cause.getMessage() != null) ? cause.getMessage() : "it cannot be read";
		return (message.length() > 160) ? message.substring(0, 160) + "…" : message;
	}

	private static Map<String, Integer> header(CSVRecord record) {
		Map<String, Integer> columns = new HashMap<>();
		Map<String, String> known = new HashMap<>();
		COLUMNS.forEach((column) -> known.put(column.toLowerCase(Locale.ROOT), column));
		for (int i = 0; i < record.size(); i++) {
			String column = known.get(record.get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null && columns.putIfAbsent(column, i) != null) {
				throw InvalidInputException.of(FIELD, "has the column " + column + " twice in its header");
			}
		}
		for (String column : COLUMNS) {
			if (!columns.containsKey(column)) {
				throw InvalidInputException.of(FIELD, "has no column " + column + "; the header row needs "
						+ String.join(",", COLUMNS) + " (in any order)");
			}
		}
		return columns;
	}

	private static Line line(Map<String, Integer> columns, CSVRecord record, int number) {
		String[] values = new String[COLUMNS.size()];
		for (int i = 0; i < values.length; i++) {
			int index = columns.get(COLUMNS.get(i));
			values[i] = (index < record.size()) ? record.get(index).strip() : "";
		}
		return new Line(number, values[0], values[1], values[2], values[3], values[4], values[5]);
	}

	/** One row as written, its values trimmed; a missing value is empty. */
	public record Line(int number, String email, String name, String role, String team, String parentTeam,
			String lead) {
	}

	/** A file over {@link #MAX_BYTES}: a 413. */
	public static class FileTooLargeException extends RuntimeException {

		FileTooLargeException() {
			super("The CSV is larger than " + (MAX_BYTES / 1024 / 1024) + " MB; split it into several files of at most "
					+ MAX_ROWS + " rows.");
		}

	}

}
