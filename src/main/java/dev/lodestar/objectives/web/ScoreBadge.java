package dev.lodestar.objectives.web;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Score;

/**
 * A score as pages show it: to one decimal, with its colour band; for an objective,
 * whether it met what its kind expects; for a key result adjusted by hand, the reason and
 * the progress it differs from.
 *
 * @param met whether an objective met its expectation, {@code null} for a key result
 * @param reason why the score is what it is, or {@code null}
 * @param progress the progress an adjusted key result's score differs from, or
 * {@code null} when it follows its progress
 */
public record ScoreBadge(String value, double score, String css, String range, Boolean met, String expectation,
		String reason, String progress) {

	/** An objective's score, or {@code null} while its cycle is unscored. */
	public static ScoreBadge of(ObjectiveView view) {
		Double score = view.score();
		return (score != null) ? of(score, view.objective().kind(), view.objective().scoreReason()) : null;
	}

	public static ScoreBadge of(double score, ObjectiveKind kind, String reason) {
		Score.Band band = Score.Band.of(score);
		boolean met = Score.meets(kind, score);
		String expectation = (met ? "Met: " : "Missed: ") + kind.value() + ", " + Score.format(Score.expectation(kind))
				+ " expected";
		return new ScoreBadge(Score.format(score), score, band.css(), band.range(), met, expectation, reason, null);
	}

	/** A key result's score, or {@code null} while unscored. */
	public static ScoreBadge of(KeyResult keyResult) {
		if (keyResult.score() == null) {
			return null;
		}
		Score.Band band = Score.Band.of(keyResult.score());
		boolean adjusted = keyResult.scoreReason() != null;
		return new ScoreBadge(Score.format(keyResult.score()), keyResult.score(), band.css(), band.range(), null, null,
				keyResult.scoreReason(), adjusted ? Score.format(keyResult.progress()) : null);
	}

	/** What a screen reader says of the score. */
	public String label() {
		return "Score " + this.value + " (" + this.range + ")";
	}

}
