package dev.lodestar.cycles;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cycles that are not closed yet, and the one rule that says which of them is "the
 * current cycle": the one a page shows when nobody chose another. Cycles may overlap on
 * purpose (a yearly cycle beside its quarters), so among the cycles whose dates contain
 * today the one in execute stays current, then one in reflect, then set, then prepare; a
 * cycle added later never takes the place of the one people work in. Between cycles in
 * the same phase, the one that started first wins, then the one created first.
 *
 * @param cycles the open cycles, in any order
 */
record OpenCycles(List<Cycle> cycles) {

	private static final List<Phase> PREFERENCE = List.of(Phase.EXECUTE, Phase.REFLECT, Phase.SET, Phase.PREPARE);

	private static final Comparator<Cycle> FIRST_STARTED = Comparator.comparing(Cycle::startDate)
		.thenComparing(Cycle::createdAt)
		.thenComparing((cycle) -> cycle.id().value());

	private static final Comparator<Cycle> CURRENT_FIRST = Comparator
		.<Cycle>comparingInt((cycle) -> PREFERENCE.indexOf(cycle.phase()))
		.thenComparing(FIRST_STARTED);

	/**
	 * The current cycle: among those whose dates contain today, the first by phase as
	 * above; else the next one to start; else the one that ended last. Empty when no
	 * cycle is open.
	 */
	Optional<Cycle> current(LocalDate today) {
		return running(today).stream()
			.findFirst()
			.or(() -> this.cycles.stream().filter((cycle) -> cycle.startDate().isAfter(today)).min(FIRST_STARTED))
			.or(() -> this.cycles.stream().max(Comparator.comparing(Cycle::endDate).thenComparing(FIRST_STARTED)));
	}

	/**
	 * Every open cycle whose dates contain today, the current one first.
	 */
	List<Cycle> running(LocalDate today) {
		return this.cycles.stream().filter((cycle) -> cycle.contains(today)).sorted(CURRENT_FIRST).toList();
	}

}
