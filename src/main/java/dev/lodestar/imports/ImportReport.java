package dev.lodestar.imports;

import java.util.List;

import dev.lodestar.organization.PersonId;

/**
 * What an import does, row by row, with the number of rows of each action, and the people
 * it creates (the ones {@code invite} invites).
 */
public record ImportReport(List<Row> rows, int created, int updated, int unchanged, int errors,
		List<PersonId> createdPeople) {

	static ImportReport of(List<Row> rows, List<PersonId> createdPeople) {
		int[] counts = new int[Action.values().length];
		rows.forEach((row) -> counts[row.action().ordinal()]++);
		return new ImportReport(List.copyOf(rows), counts[Action.CREATE.ordinal()], counts[Action.UPDATE.ordinal()],
				counts[Action.UNCHANGED.ordinal()], counts[Action.ERROR.ordinal()], List.copyOf(createdPeople));
	}

	public boolean hasErrors() {
		return this.errors > 0;
	}

	/**
	 * What one row does: {@code create} when it creates the person, {@code update} when
	 * it changes an existing person's name or role, their membership or lead flag, or
	 * creates or moves a team, {@code unchanged} when everything it says is so already.
	 */
	public enum Action {

		CREATE, UPDATE, UNCHANGED, ERROR;

		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One row: its line in the file, what it would do or did, what is wrong with it, and
	 * what it said (shortened for display).
	 */
	public record Row(int line, Action action, List<String> errors, String email, String name, String role, String team,
			String parentTeam, boolean lead) {

	}

}
