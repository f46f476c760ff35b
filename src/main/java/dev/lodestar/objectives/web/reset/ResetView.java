package dev.lodestar.objectives.web.reset;

import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.web.Choices;
import dev.lodestar.objectives.web.ScoreBadge;

/**
 * What the reset page shows: a cycle's objectives (of one team, or all), each with its
 * score, whether it met its expectation, and where it went: carried into another cycle,
 * dropped, or still to decide.
 *
 * @param team the team shown, or {@code null} for every team
 * @param targets the cycles an objective may be carried into (those not closed)
 * @param defaultTarget the cycle chosen unless the person picks another: the next open
 * one by start date
 * @param mayDrop whether the cycle is in reflect, where objectives are dropped
 * @param dropErrors why a drop was refused, by objective id
 */
record ResetView(String cycleId, String cycleName, String phase, Choices.Choice team, List<Choices.Choice> teams,
		List<Row> rows, List<Choices.Choice> targets, String defaultTarget, boolean mayDrop,
		Map<String, String> dropErrors, Map<String, String> typedReasons) {

	public boolean anyActionable() {
		return this.rows.stream().anyMatch(Row::actionable);
	}

	public String typed(String objectiveId) {
		return this.typedReasons.getOrDefault(objectiveId, "");
	}

	/**
	 * An objective of the cycle and what became of it.
	 *
	 * @param score its score, or {@code null} while unscored
	 * @param carriedInto the cycles it was carried into, each linked to the copy
	 * @param droppedReason why it was dropped, or {@code null}
	 * @param editable whether the person looking may carry it over or drop it
	 */
	record Row(String id, String title, String teamName, String kind, String status, ScoreBadge score,
			List<Carried> carriedInto, String droppedReason, boolean editable) {

		/**
		 * Whether something is left to decide (neither dropped nor carried yet), and the
		 * person may decide it.
		 */
		public boolean actionable() {
			return this.editable && this.droppedReason == null && this.carriedInto.isEmpty();
		}

	}

	/** A copy of an objective in another cycle. */
	record Carried(String objectiveId, String cycleName) {
	}

}
