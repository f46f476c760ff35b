package dev.lodestar.objectives.web.objective;

import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.web.Owners;
import dev.lodestar.objectives.web.RollupSource;
import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * What the objective page shows of an objective: its why, where it sits (its team, or the
 * teams that own it together; its cycle), how it is judged, and its key results (a
 * roll-up with the objectives its progress comes from).
 */
public record ObjectiveSummary(String id, String title, String description, String teamId, String teamName,
		Owners owners, String cycleName, String phase, String kind, String status, double progress,
		List<KeyResultLine> keyResults, ScoreBadge score, String scoreReason, String droppedReason, String carriedFrom,
		long version) {

	static ObjectiveSummary of(ObjectiveView view, Cycle cycle, Map<TeamId, String> teamNames,
			Map<PersonId, String> people, Map<String, List<RollupSource>> sources) {
		Objective objective = view.objective();
		return new ObjectiveSummary(objective.id().toString(), objective.title(), objective.description(),
				(objective.teamId() != null) ? objective.teamId().toString() : null, teamName(objective, teamNames),
				Owners.of(objective, teamNames), cycle.name(), cycle.phase().value(), objective.kind().value(),
				objective.status().value(), view.progress(),
				view.keyResults()
					.stream()
					.map((kr) -> KeyResultLine.of(kr, people, sources.getOrDefault(kr.id().toString(), List.of())))
					.toList(),
				ScoreBadge.of(view), objective.scoreReason(), objective.droppedReason(),
				(objective.carriedFrom() != null) ? objective.carriedFrom().toString() : null,
				(objective.version() != null) ? objective.version() : 0);
	}

	/**
	 * The teams that own an objective in a phrase ("Support and Data" for a shared one),
	 * or "Company-wide".
	 */
	public static String teamName(Objective objective, Map<TeamId, String> teamNames) {
		return Owners.names(objective, teamNames);
	}

	/**
	 * A key result of the objective with its figures and its owner's confidence.
	 */
	record KeyResultLine(String id, String title, String ownerName, String type, String unit, double startValue,
			double currentValue, double targetValue, double progress, Integer confidence, ConfidenceBand band,
			ScoreBadge score, String scoreReason, long version, List<RollupSource> sources) {

		static KeyResultLine of(KeyResult kr, Map<PersonId, String> people, List<RollupSource> sources) {
			return new KeyResultLine(kr.id().toString(), kr.title(), people.getOrDefault(kr.ownerId(), "someone"),
					kr.type().value(), kr.unit(), kr.startValue(), kr.currentValue(), kr.targetValue(), kr.progress(),
					kr.confidence(), ConfidenceBand.of(kr.confidence()), ScoreBadge.of(kr), kr.scoreReason(),
					(kr.version() != null) ? kr.version() : 0, sources);
		}

		public boolean milestone() {
			return KeyResultType.MILESTONE.value().equals(this.type);
		}

		public boolean rollup() {
			return KeyResultType.ROLLUP.value().equals(this.type);
		}

	}

	/**
	 * A check-in of one of the objective's key results, with its note and author.
	 */
	record CheckInNote(String keyResultId, String keyResultTitle, String authorName, java.time.Instant at, double value,
			String unit, boolean milestone, int confidence, ConfidenceBand band, String note, String blockers) {

		static CheckInNote of(CheckInHistory.Entry entry, KeyResult kr, Map<PersonId, String> people) {
			return new CheckInNote(kr.id().toString(), kr.title(),
					(entry.authorId() != null) ? people.getOrDefault(entry.authorId(), "someone") : "someone",
					entry.at(), entry.value(), kr.unit(), kr.type() == KeyResultType.MILESTONE, entry.confidence(),
					ConfidenceBand.of(entry.confidence()), entry.note(), entry.blockers());
		}

	}

}
