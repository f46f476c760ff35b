package dev.lodestar.demo;

import java.time.LocalDate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;

/**
 * The demo's cycles: calendar quarters, opened through {@link Cycles} and moved on phase
 * by phase as a champion would.
 */
final class DemoCycles {

	private final Cycles cycles;

	DemoCycles(Cycles cycles) {
		this.cycles = cycles;
	}

	/**
	 * The first day of the quarter a day falls in.
	 */
	static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	/**
	 * Creates the cycle of the quarter starting on {@code start}, named like "Q2 2026",
	 * and moves it on to setting its OKRs.
	 */
	Cycle open(Actor actor, LocalDate start) {
		String name = "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
		Cycle cycle = this.cycles.create(actor, name, start, start.plusMonths(3).minusDays(1));
		return moveOn(actor, cycle, Phase.SET);
	}

	Cycle moveOn(Actor actor, Cycle cycle, Phase... phases) {
		Cycle moved = cycle;
		for (Phase phase : phases) {
			moved = this.cycles.advance(actor, cycle.id(), null, phase);
		}
		return moved;
	}

}
