package dev.lodestar.imports.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.imports.ImportReport;

/**
 * What the import page shows: the CSV (to change and preview again, or to apply), the
 * counts of the preview or of what was applied, at most {@value #SHOWN_MAX} of its rows
 * (the rows in error first, when there are any), and what was wrong with the file as a
 * whole.
 */
record ImportView(String csv, ImportReport report, List<ImportReport.Row> shown, Map<String, String> errors,
		boolean applied, boolean invited) {

	static final int SHOWN_MAX = 500;

	static ImportView start() {
		return new ImportView("", null, List.of(), Map.of(), false, false);
	}

	static ImportView of(String csv, ImportReport report, Map<String, String> errors, boolean applied) {
		List<ImportReport.Row> shown = List.of();
		if (report != null) {
			shown = report.hasErrors()
					? report.rows().stream().filter((row) -> !row.errors().isEmpty()).limit(SHOWN_MAX).toList()
					: report.rows().stream().limit(SHOWN_MAX).toList();
		}
		return new ImportView(csv, report, shown, errors, applied, false);
	}

	ImportView invited(boolean invited) {
		return new ImportView(this.csv, this.report, this.shown, this.errors, this.applied, invited);
	}

	public boolean previewed() {
		return this.report != null && !this.applied;
	}

	public boolean applicable() {
		return previewed() && !this.report.hasErrors() && !this.report.rows().isEmpty();
	}

	/** How many rows the report has that the table leaves out. */
	public int hidden() {
		if (this.report == null) {
			return 0;
		}
		return (this.report.hasErrors() ? this.report.errors() : this.report.rows().size()) - this.shown.size();
	}

	/** How many people applying created. */
	public int createdPeople() {
		return (this.report != null) ? this.report.createdPeople().size() : 0;
	}

}
