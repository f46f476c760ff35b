package dev.lodestar.objectives.api;

import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * {@code alignedTo} as clients send it: {@code {"objectiveId": ...}} or
 * {@code {"keyResultId": ...}}.
 */
record AlignmentRequest(String objectiveId, String keyResultId) {

	static final String FIELD = "alignedTo";

	Alignment toAlignment() {
		if ((this.objectiveId == null) == (this.keyResultId == null)) {
			throw InvalidInputException.of(FIELD, "must name either an objectiveId or a keyResultId");
		}
		return (this.objectiveId != null) ? Alignment.toObjective(ObjectiveId.fromField(FIELD, this.objectiveId))
				: Alignment.toKeyResult(KeyResultId.fromField(FIELD, this.keyResultId));
	}

	static AlignmentRequest of(JsonNode node) {
		JsonNode objective = node.get("objectiveId");
		JsonNode keyResult = node.get("keyResultId");
		if ((objective != null && !objective.isNull() && !objective.isString())
				|| (keyResult != null && !keyResult.isNull() && !keyResult.isString())) {
			throw InvalidInputException.of(FIELD, "ids must be strings");
		}
		return new AlignmentRequest((objective != null) ? objective.stringValue() : null,
				(keyResult != null) ? keyResult.stringValue() : null);
	}

}
