package dev.lodestar.overlaps.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.overlaps.Overlaps;

/**
 * The "don't compete" list of a cycle for the alignment workshop: objectives of different
 * teams that chase the same thing, and key results that pull one measure in opposite
 * directions, closest first, each with the ways to settle it. A fixed number of
 * statements however many objectives the cycle has: the cycle, the version mark (and the
 * cycle's texts when they changed), the teams' names.
 */
@Controller
class OverlapsPage {

	/** How many pairs of each kind the page shows. */
	static final int SHOWN = 200;

	private final Overlaps overlaps;

	private final OverlapRows rows;

	private final Cycles cycles;

	OverlapsPage(Overlaps overlaps, OverlapRows rows, Cycles cycles) {
		this.overlaps = overlaps;
		this.rows = rows;
		this.cycles = cycles;
	}

	@GetMapping("/cycles/{id}/overlaps")
	String overlaps(@PathVariable String id, Model model) {
		Cycle cycle = this.cycles.get(CycleId.fromPath(id));
		model.addAttribute("cycle", cycle);
		model.addAttribute("shown", SHOWN);
		model.addAttribute("overlaps", this.rows.rows(cycle.id(), this.overlaps.ofCycle(cycle.id()), SHOWN));
		return "overlaps/cycle";
	}

}
