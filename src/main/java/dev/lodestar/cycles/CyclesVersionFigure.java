package dev.lodestar.cycles;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.SignedInFigure;

/**
 * The version of the cycles, read with the signed-in person on every page, so that the
 * page's frame can keep the current cycle and read it again only after a cycle changed
 * ({@link Cycles#current(java.time.LocalDate, long)}), on whichever instance changed it.
 */
@Component
class CyclesVersionFigure implements SignedInFigure {

	@Override
	public String name() {
		return Cycles.VERSION_FIGURE;
	}

	@Override
	public String sql() {
		return "(select version from data_version where name = 'cycles')";
	}

}
