package dev.lodestar.objectives.web.keyresult;

import java.time.Instant;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.PersonId;

/**
 * What the key-result page shows of a key result: its objective, owner, how it is
 * measured, where it stands, and how confident its owner is.
 */
record KeyResultSummary(String id, String title, String objectiveId, String objectiveTitle, String cycleName,
		String ownerName, String type, String unit, double startValue, double targetValue, double currentValue,
		double progress, Integer confidence, ConfidenceBand band, Instant lastCheckInAt) {

	static KeyResultSummary of(KeyResult kr, Objective objective, Cycle cycle, Map<PersonId, String> people) {
		return new KeyResultSummary(kr.id().toString(), kr.title(), objective.id().toString(), objective.title(),
				cycle.name(), people.getOrDefault(kr.ownerId(), "someone"), kr.type().value(), kr.unit(),
				kr.startValue(), kr.targetValue(), kr.currentValue(), kr.progress(), kr.confidence(),
				ConfidenceBand.of(kr.confidence()), kr.lastCheckInAt());
	}

	public boolean rollup() {
		return KeyResultType.ROLLUP.value().equals(this.type);
	}

	public boolean milestone() {
		return KeyResultType.MILESTONE.value().equals(this.type);
	}

	/**
	 * One check-in in the key result's history, with its author's name, where it came
	 * from and how many comments it has.
	 */
	record Entry(String id, Instant at, double value, int confidence, ConfidenceBand band, String note, String blockers,
			String authorName, CheckInSource source, int comments) {

		static Entry of(CheckIn checkIn, Map<PersonId, String> people, Map<CheckInId, Integer> comments) {
			return new Entry(checkIn.id().toString(), checkIn.createdAt(), checkIn.value(), checkIn.confidence(),
					ConfidenceBand.of(checkIn.confidence()), checkIn.note(), checkIn.blockers(),
					(checkIn.authorId() != null) ? people.getOrDefault(checkIn.authorId(), "someone") : "someone",
					checkIn.source(), comments.getOrDefault(checkIn.id(), 0));
		}

		/** Where the check-in came from, in words. */
		public String sourceLabel() {
			return switch (this.source) {
				case MANUAL -> "entered by hand";
				case API -> "sent through the API";
				case WEBHOOK -> "sent by the data feed";
				case IMPORT -> "imported from CSV";
			};
		}

	}

}
