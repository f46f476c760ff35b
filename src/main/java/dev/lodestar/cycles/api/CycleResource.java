package dev.lodestar.cycles.api;

import java.time.LocalDate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Phase;

/**
 * A cycle as the API shows it.
 */
record CycleResource(CycleId id, String name, LocalDate startDate, LocalDate endDate, Phase phase, long version) {

	static CycleResource of(Cycle cycle) {
		return new CycleResource(cycle.id(), cycle.name(), cycle.startDate(), cycle.endDate(), cycle.phase(),
				cycle.version());
	}

}
