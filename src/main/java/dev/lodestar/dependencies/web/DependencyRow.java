package dev.lodestar.dependencies.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.lodestar.dependencies.Dependency;

/**
 * A dependency as the pages show it, with the decision form when the person looking may
 * decide it.
 *
 * @param keyResultTitle the title of the asking team's key result it is for, or
 * {@code null}
 * @param mayDecide whether the person looking may accept or decline it now
 * @param back where the decision form returns to without JavaScript
 * @param typedNote what was typed as the note of a refused decision
 * @param errors why a decision was refused, by field
 */
record DependencyRow(String id, String cycleId, String fromTeamId, String fromTeam, String toTeamId, String toTeam,
		String keyResultId, String keyResultTitle, String description, LocalDate dueDate, String status, String note,
		Instant requestedAt, Instant decidedAt, boolean mayDecide, String back, String typedNote,
		Map<String, String> errors) {

	static DependencyRow of(Dependency dependency, String fromTeam, String toTeam, String keyResultTitle,
			boolean mayDecide, String back) {
		return new DependencyRow(dependency.id().toString(), dependency.cycleId().toString(),
				dependency.fromTeamId().toString(), fromTeam, dependency.toTeamId().toString(), toTeam,
				(dependency.keyResultId() != null) ? dependency.keyResultId().toString() : null, keyResultTitle,
				dependency.description(), dependency.dueDate(), dependency.status().value(), dependency.note(),
				dependency.requestedAt(), dependency.decidedAt(), mayDecide && dependency.isOpen(), back, null,
				Map.of());
	}

	/** The row after a refused decision: what was typed, and why it was refused. */
	DependencyRow refused(String note, Map<String, String> errors) {
		return new DependencyRow(this.id, this.cycleId, this.fromTeamId, this.fromTeam, this.toTeamId, this.toTeam,
				this.keyResultId, this.keyResultTitle, this.description, this.dueDate, this.status, this.note,
				this.requestedAt, this.decidedAt, this.mayDecide, this.back, note, errors);
	}

	public String domId() {
		return "dependency-" + this.id;
	}

	public boolean open() {
		return "requested".equals(this.status);
	}

}
