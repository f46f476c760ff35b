package dev.lodestar.reports;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Score;
import dev.lodestar.organization.PersonId;

/**
 * One key result as the report reads it.
 *
 * @param id the key result
 * @param objectiveId its objective
 * @param title its title
 * @param ownerId who owns it
 * @param ownerName their name
 * @param type how it is measured
 * @param startValue where it started
 * @param targetValue where it aims
 * @param currentValue where it stands
 * @param unit its unit, or {@code null}
 * @param weight its weight in the objective
 * @param progress its progress, 0.0–1.0
 * @param score its score, {@code null} until the cycle is scored
 * @param confidence the latest confidence, or {@code null}
 * @param confidenceAtCutoff the latest confidence given on or before 30 days before the
 * cycle's end, or {@code null}
 * @param weeksCheckedIn in how many of the cycle's weeks (so far) it got a check-in
 * @param carriedFrom the key result it was carried from, or {@code null}
 */
public record KeyResultLine(KeyResultId id, ObjectiveId objectiveId, String title, PersonId ownerId, String ownerName,
		KeyResultType type, double startValue, double targetValue, double currentValue, String unit, double weight,
		double progress, Double score, Integer confidence, Integer confidenceAtCutoff, int weeksCheckedIn,
		KeyResultId carriedFrom) {

	/**
	 * Whether it scored 0.7 or more, read to one decimal (a done milestone scores 1.0).
	 */
	public boolean scoredHigh() {
		return this.score != null && Score.Band.of(this.score) == Score.Band.HIGH;
	}

	/** A milestone whose current value is done. */
	public boolean milestoneDone() {
		return this.type == KeyResultType.MILESTONE && this.currentValue >= this.targetValue;
	}

}
