package dev.lodestar.feeds.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.feeds.ImportPreview;

/**
 * What the import page shows: the CSV text (to fix and preview again, or to apply), the
 * preview of its rows, what was wrong with the file as a whole, and how many check-ins
 * the last import recorded.
 */
record ImportView(String csv, List<ImportPreview.Item> rows, long badRows, Map<String, String> errors,
		Integer applied) {

	static final String FIELD = "csv";

	static ImportView start(Integer applied) {
		return new ImportView("", List.of(), 0, Map.of(), applied);
	}

	static ImportView of(String csv, ImportPreview preview, Map<String, String> errors) {
		return new ImportView(csv, (preview != null) ? preview.items() : List.of(),
				(preview != null) ? preview.badRows() : 0, errors, null);
	}

	public boolean previewed() {
		return !this.rows.isEmpty();
	}

	public boolean applicable() {
		return previewed() && this.badRows == 0;
	}

}
