package dev.lodestar.objectives;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an objective contributes to: a higher objective or a key result, exactly one of
 * the two.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alignment(ObjectiveId objectiveId, KeyResultId keyResultId) {

	public Alignment {
		if ((objectiveId == null) == (keyResultId == null)) {
			throw new IllegalArgumentException("An alignment names an objective or a key result, not both");
		}
	}

	public static Alignment toObjective(ObjectiveId id) {
		return new Alignment(id, null);
	}

	public static Alignment toKeyResult(KeyResultId id) {
		return new Alignment(null, id);
	}

}
