package dev.lodestar.feeds;

import java.util.List;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.shared.FieldError;

/**
 * What an import would do, row by row: each key result with its current and new value, or
 * why the row cannot be applied. An import is applied only when no row is bad.
 */
public record ImportPreview(List<Item> items) {

	public ImportPreview {
		items = List.copyOf(items);
	}

	public long badRows() {
		return this.items.stream().filter(Item::bad).count();
	}

	public boolean clean() {
		return badRows() == 0;
	}

	/**
	 * One broken rule per bad row, named {@code row N}.
	 */
	public List<FieldError> errors() {
		return this.items.stream()
			.filter(Item::bad)
			.map((item) -> new FieldError("row " + item.row(), item.error()))
			.toList();
	}

	/**
	 * One row of the import.
	 *
	 * @param row the row's number in the file, the header being row 1
	 * @param keyResultId the key result's id as written in the row
	 * @param keyResult the key result it names, or {@code null} when it names none
	 * @param confidence the confidence the check-in gets: the row's, or else the key
	 * result's latest
	 * @param error why the row cannot be applied, or {@code null}
	 */
	public record Item(int row, String keyResultId, KeyResultId keyResult, String title, String unit, boolean milestone,
			Double currentValue, Double value, Integer confidence, String note, String error) {

		public boolean bad() {
			return this.error != null;
		}

	}

}
