package dev.lodestar.cycles.web;

import java.time.LocalDate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Phase;

/**
 * A cycle as the cycles page lists it: its dates, its phase with what the phase is for,
 * and the phase it can move on to.
 *
 * @param next the phase after this one, or {@code null} once closed
 * @param current whether this is the cycle people work in today
 */
record CycleRow(String id, String name, LocalDate startDate, LocalDate endDate, String phase, String purpose,
		String next, long version, boolean current) {

	static CycleRow of(Cycle cycle, boolean current) {
		Phase next = cycle.phase().next();
		return new CycleRow(cycle.id().toString(), cycle.name(), cycle.startDate(), cycle.endDate(),
				cycle.phase().value(), cycle.phase().purpose(), (next != null) ? next.value() : null, cycle.version(),
				current);
	}

	public boolean closing() {
		return Phase.CLOSED.value().equals(this.next);
	}

	/**
	 * Whether the next step is reflect, which invites every participant to the survey.
	 */
	public boolean reflecting() {
		return Phase.REFLECT.value().equals(this.next);
	}

	/** Whether the next step is asked about first. */
	public boolean asksFirst() {
		return closing() || reflecting();
	}

}
