package dev.lodestar.reports;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.Score;

/**
 * How well confidence predicted the outcome: each scored key result with a confidence
 * given on or before 30 days before the cycle's end (the latest such one) falls in one of
 * four cells. A confidence of 7 or more predicts success, 6 or less predicts a miss; a
 * score of 0.7 or more (read to one decimal) is a success. The prediction held for
 * {@code confidentMet + doubtfulMissed}.
 *
 * @param confidentMet confidence 7–10, score 0.7–1.0
 * @param confidentMissed confidence 7–10, score below 0.7
 * @param doubtfulMet confidence 1–6, score 0.7–1.0
 * @param doubtfulMissed confidence 1–6, score below 0.7
 */
public record ConfidenceOutcome(int confidentMet, int confidentMissed, int doubtfulMet, int doubtfulMissed) {

	/** The confidence from which a key result is expected to succeed. */
	public static final int CONFIDENT = ConfidenceBand.ON_TRACK.lowest();

	static final ConfidenceOutcome NONE = new ConfidenceOutcome(0, 0, 0, 0);

	/** The key results counted. */
	public int total() {
		return this.confidentMet + this.confidentMissed + this.doubtfulMet + this.doubtfulMissed;
	}

	/** Those whose confidence predicted the outcome. */
	public int predicted() {
		return this.confidentMet + this.doubtfulMissed;
	}

	/** The share predicted, {@code null} when none was counted. */
	public Double predictedShare() {
		return (total() > 0) ? (double) predicted() / total() : null;
	}

	/**
	 * The key result counted in its cell, or not at all without a score or confidence.
	 */
	ConfidenceOutcome with(KeyResultLine keyResult) {
		if (keyResult.score() == null || keyResult.confidenceAtCutoff() == null) {
			return this;
		}
		boolean confident = keyResult.confidenceAtCutoff() >= CONFIDENT;
		boolean met = Score.Band.of(keyResult.score()) == Score.Band.HIGH;
		return new ConfidenceOutcome(this.confidentMet + ((confident && met) ? 1 : 0),
				this.confidentMissed + ((confident && !met) ? 1 : 0), this.doubtfulMet + ((!confident && met) ? 1 : 0),
				this.doubtfulMissed + ((!confident && !met) ? 1 : 0));
	}

}
