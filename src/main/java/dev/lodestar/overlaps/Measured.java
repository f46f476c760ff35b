package dev.lodestar.overlaps;

import java.util.List;

import dev.lodestar.objectives.CycleTexts.KeyResultText;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.organization.TeamId;

/**
 * A stored key result that moves a measure one way: what it measures
 * ({@link Direction#measure}) and the objective, and so the teams, it belongs to.
 */
public record Measured(KeyResultText keyResult, ObjectiveText objective, Direction direction, String measure) {

	public List<TeamId> teamIds() {
		return this.objective.teamIds();
	}

	static Measured of(KeyResultText keyResult, ObjectiveText objective) {
		Direction direction = Direction.of(keyResult.type(), keyResult.title(), keyResult.startValue(),
				keyResult.targetValue());
		return (direction != null)
				? new Measured(keyResult, objective, direction, Direction.measure(keyResult.title(), keyResult.unit()))
				: null;
	}

}
