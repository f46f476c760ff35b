package dev.lodestar.objectives.api;

import java.time.Instant;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;

/**
 * A key result as the API shows it, with its progress.
 */
record KeyResultResource(KeyResultId id, ObjectiveId objectiveId, String title, PersonId ownerId, KeyResultType type,
		double startValue, double targetValue, double currentValue, String unit, double weight, double progress,
		Integer confidence, Instant lastCheckInAt, Double score, String scoreReason, KeyResultId carriedFrom,
		MetricId metricId, long version) {

	static KeyResultResource of(KeyResult kr) {
		return new KeyResultResource(kr.id(), kr.objectiveId(), kr.title(), kr.ownerId(), kr.type(), kr.startValue(),
				kr.targetValue(), kr.currentValue(), kr.unit(), kr.weight(), kr.progress(), kr.confidence(),
				kr.lastCheckInAt(), kr.score(), kr.scoreReason(), kr.carriedFrom(), kr.metricId(), kr.version());
	}

}
