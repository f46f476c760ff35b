package dev.lodestar.conversations.web;

import java.time.Instant;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;

/**
 * The check-in a conversation is about, as its page shows it above the comments.
 */
record CheckInSummary(String keyResultId, String keyResultTitle, String authorName, Instant at, double value,
		String unit, boolean milestone, int confidence, ConfidenceBand band, String note, String blockers) {

	static CheckInSummary of(CheckIn checkIn, KeyResult keyResult, String authorName) {
		return new CheckInSummary(keyResult.id().toString(), keyResult.title(), authorName, checkIn.createdAt(),
				checkIn.value(), keyResult.unit(), keyResult.type() == KeyResultType.MILESTONE, checkIn.confidence(),
				ConfidenceBand.of(checkIn.confidence()), checkIn.note(), checkIn.blockers());
	}

}
