package dev.lodestar.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a workbook sheet by sheet, row by row, with fastexcel: a header row in bold,
 * frozen above the rows; numbers as numeric cells (with a number format where one is
 * given), moments as dates; text as text, which a spreadsheet never runs as a formula.
 * Each sheet is flushed to the output every thousand rows, so a long sheet never sits in
 * memory.
 */
final class Spreadsheet implements AutoCloseable {

	/** The media type of an XLSX workbook. */
	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DATE_TIME = "yyyy-mm-dd hh:mm";

	static final String PERCENT = "0%";

	static final String TWO_DECIMALS = "0.00";

	private static final int FLUSH_EVERY = 1000;

	private final Workbook workbook;

	private Worksheet sheet;

	private int row;

	private int column;

	Spreadsheet(OutputStream out) {
		this.workbook = new Workbook(out, "Lodestar", "1.0");
	}

	/**
	 * Starts a sheet with its header row; {@code widths} sizes the columns, in
	 * characters.
	 */
	Spreadsheet sheet(String name, String[] headers, double[] widths) {
		finishSheet();
		this.sheet = this.workbook.newWorksheet(name);
		for (int i = 0; i < headers.length; i++) {
			this.sheet.width(i, widths[i]);
			this.sheet.value(0, i, headers[i]);
		}
		this.sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
		this.sheet.freezePane(0, 1);
		this.row = 0;
		this.column = 0;
		return this;
	}

	/** Text; {@code null} leaves the cell empty. */
	Spreadsheet text(String value) {
		if (value != null && !value.isEmpty()) {
			this.sheet.value(this.row + 1, this.column, value);
		}
		this.column++;
		return this;
	}

	/** A number as it is; {@code null} leaves the cell empty. */
	Spreadsheet number(Number value) {
		return number(value, null);
	}

	/** A number shown in a format, such as {@link #PERCENT}. */
	Spreadsheet number(Number value, String format) {
		if (value != null) {
			this.sheet.value(this.row + 1, this.column, value);
			if (format != null) {
				this.sheet.style(this.row + 1, this.column).format(format).set();
			}
		}
		this.column++;
		return this;
	}

	/** A day and time, as a date cell. */
	Spreadsheet date(LocalDateTime value) {
		this.sheet.value(this.row + 1, this.column, value);
		this.sheet.style(this.row + 1, this.column).format(DATE_TIME).set();
		this.column++;
		return this;
	}

	/** Ends a row. */
	Spreadsheet end() {
		this.row++;
		this.column = 0;
		if (this.row % FLUSH_EVERY == 0) {
			flush();
		}
		return this;
	}

	private void flush() {
		if (this.sheet == null) {
			return;
		}
		try {
			this.sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Finishes the sheet being written: a workbook is written one sheet after another.
	 */
	private void finishSheet() {
		if (this.sheet == null) {
			return;
		}
		try {
			this.sheet.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.sheet = null;
	}

	@Override
	public void close() {
		finishSheet();
		try {
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
