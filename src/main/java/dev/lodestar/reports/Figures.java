package dev.lodestar.reports;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Score;

/**
 * The figures of a set of objectives: one team's, the company-wide ones, or all of them.
 *
 * @param objectives how many objectives
 * @param keyResults how many key results they have
 * @param averageProgress the mean of the objectives' progress, {@code null} without
 * objectives
 * @param averageScore the mean of the objectives' scores, {@code null} while unscored
 * @param scored how many objectives are scored
 * @param met how many of those met their expectation (1.0 committed, 0.7 aspirational)
 * @param committed how many committed objectives are scored
 * @param committedMet how many of those met their expectation (1.0)
 * @param aspirationalAverage the mean score of the aspirational objectives, {@code null}
 * without any scored
 * @param checkInRegularity the mean over key results of the share of the cycle's weeks
 * (so far) in which each got at least one check-in, {@code null} without key results or
 * weeks
 * @param confidence confidence against outcome
 */
public record Figures(int objectives, int keyResults, Double averageProgress, Double averageScore, int scored, int met,
		int committed, int committedMet, Double aspirationalAverage, Double checkInRegularity,
		ConfidenceOutcome confidence) {

	static Figures of(List<ObjectiveLine> objectives, int weeks) {
		List<KeyResultLine> keyResults = objectives.stream().flatMap((one) -> one.keyResults().stream()).toList();
		List<ObjectiveLine> committed = objectives.stream()
			.filter((one) -> one.kind() == ObjectiveKind.COMMITTED && one.score() != null)
			.toList();
		ConfidenceOutcome confidence = ConfidenceOutcome.NONE;
		for (KeyResultLine keyResult : keyResults) {
			confidence = confidence.with(keyResult);
		}
		Double regularity = (weeks > 0 && !keyResults.isEmpty()) ? mean(
				keyResults.stream().mapToDouble((kr) -> Math.min(1.0, (double) kr.weeksCheckedIn() / weeks)).average())
				: null;
		return new Figures(objectives.size(), keyResults.size(),
				mean(objectives.stream().mapToDouble(ObjectiveLine::progress).average()),
				mean(objectives.stream()
					.map(ObjectiveLine::score)
					.filter(Objects::nonNull)
					.mapToDouble(Double::doubleValue)
					.average()),
				(int) objectives.stream().filter((one) -> one.score() != null).count(),
				(int) objectives.stream().filter(ObjectiveLine::met).count(), committed.size(),
				(int) committed.stream().filter(ObjectiveLine::met).count(),
				mean(objectives.stream()
					.filter((one) -> one.kind() == ObjectiveKind.ASPIRATIONAL && one.score() != null)
					.mapToDouble(ObjectiveLine::score)
					.average()),
				regularity, confidence);
	}

	private static Double mean(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	/** The band of the average score, {@code null} while unscored. */
	public Score.Band band() {
		return (this.averageScore != null) ? Score.Band.of(this.averageScore) : null;
	}

	/** The band of the aspirational average, {@code null} without one. */
	public Score.Band aspirationalBand() {
		return (this.aspirationalAverage != null) ? Score.Band.of(this.aspirationalAverage) : null;
	}

}
