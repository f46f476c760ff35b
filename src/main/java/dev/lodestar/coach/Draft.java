package dev.lodestar.coach;

import java.util.List;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.organization.TeamId;

/**
 * An objective as the coach reads it: what a person has typed so far, or a stored
 * objective. {@code objectiveId} is {@code null} for text not stored yet (the coach then
 * compares it with the cycle's other objectives), and set for a stored one (which is then
 * not compared with itself). {@code teamIds} is empty for a company-wide objective. Text
 * may be blank or {@code null} while it is being typed.
 */
public record Draft(ObjectiveId objectiveId, CycleId cycleId, List<TeamId> teamIds, String title, String description,
		ObjectiveKind kind, List<KeyResultDraft> keyResults) {

	public Draft {
		teamIds = (teamIds != null) ? List.copyOf(teamIds) : List.of();
		keyResults = (keyResults != null) ? List.copyOf(keyResults) : List.of();
	}

	/**
	 * A stored objective with its key results, as the coach reads it.
	 */
	public static Draft of(Objective objective, List<KeyResult> keyResults) {
		return new Draft(objective.id(), objective.cycleId(), objective.teamIds(), objective.title(),
				objective.description(), objective.kind(), keyResults.stream().map(KeyResultDraft::of).toList());
	}

	/**
	 * The same draft with other key results, such as a stored objective's with the one
	 * being edited as it is typed.
	 */
	public Draft withKeyResults(List<KeyResultDraft> keyResults) {
		return new Draft(this.objectiveId, this.cycleId, this.teamIds, this.title, this.description, this.kind,
				keyResults);
	}

	/**
	 * The field of a key result's attribute as findings name it, such as
	 * {@code keyResults[2].title}.
	 */
	public static String keyResultField(int index, String attribute) {
		return "keyResults[" + index + "]." + attribute;
	}

	/** Whether the objective is stored already (and so counted among its team's). */
	public boolean stored() {
		return this.objectiveId != null;
	}

	/** Whether the objective belongs to the whole company rather than to teams. */
	public boolean companyWide() {
		return this.teamIds.isEmpty();
	}

	/**
	 * A key result of a draft; {@code id} is {@code null} when it is not stored yet, and
	 * the type may be {@code null} when none was chosen.
	 */
	public record KeyResultDraft(KeyResultId id, String title, KeyResultType type, Double startValue,
			Double targetValue, String unit, MetricId metricId, KeyResultId carriedFrom) {

		/** A key result that tracks no metric and was not carried over. */
		public KeyResultDraft(KeyResultId id, String title, KeyResultType type, Double startValue, Double targetValue,
				String unit) {
			this(id, title, type, startValue, targetValue, unit, null, null);
		}

		/** A stored key result as the coach reads it. */
		public static KeyResultDraft of(KeyResult keyResult) {
			return new KeyResultDraft(keyResult.id(), keyResult.title(), keyResult.type(), keyResult.startValue(),
					keyResult.targetValue(), keyResult.unit(), keyResult.metricId(), keyResult.carriedFrom());
		}

		/**
		 * Whether it starts from a value known from earlier cycles: it tracks a metric or
		 * continues a key result carried over.
		 */
		public boolean continuesHistory() {
			return this.metricId != null || this.carriedFrom != null;
		}

	}

}
