package dev.lodestar.objectives;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.cycles.Phase;

/**
 * Scores a cycle as it enters reflect: every key result gets the score of its progress,
 * in the same transaction as the phase change, so nobody sees a cycle in reflect without
 * its scores.
 */
@Component
class Scoring {

	private final KeyResults keyResults;

	Scoring(KeyResults keyResults) {
		this.keyResults = keyResults;
	}

	@EventListener
	void on(CyclePhaseChanged changed) {
		if (changed.to() == Phase.REFLECT) {
			this.keyResults.scoreCycle(changed.cycleId());
		}
	}

}
