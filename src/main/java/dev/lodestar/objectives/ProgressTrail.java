package dev.lodestar.objectives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * How the progress of some key results (an objective's, or a single one) moved over time:
 * asked for a moment, it answers the weighted progress their check-ins had reached by
 * then. A key result not yet checked in by then counts at its start value.
 *
 * @param keyResults the key results, as they are now
 * @param trends their check-ins, oldest first, as {@link CheckInHistory#trends} answers
 */
public record ProgressTrail(List<KeyResult> keyResults, Map<KeyResultId, List<CheckInHistory.Point>> trends) {

	public ProgressTrail {
		keyResults = List.copyOf(keyResults);
		trends = Map.copyOf(trends);
	}

	/**
	 * The progress the check-ins made up to a moment add up to.
	 */
	public double at(Instant moment) {
		return KeyResult.progressOf(this.keyResults.stream().map((kr) -> valuedAt(kr, valueAt(kr, moment))).toList());
	}

	/**
	 * The progress at the start of a day (UTC), or for today, now: a chart's point for
	 * that day.
	 */
	public double onDay(LocalDate day, LocalDate today, Instant now) {
		return at(day.equals(today) ? now : day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private double valueAt(KeyResult keyResult, Instant moment) {
		double value = keyResult.startValue();
		for (CheckInHistory.Point point : this.trends.getOrDefault(keyResult.id(), List.of())) {
			if (point.at().isAfter(moment)) {
				break;
			}
			value = point.value();
		}
		return value;
	}

	private static KeyResult valuedAt(KeyResult kr, double value) {
		return new KeyResult(kr.id(), kr.objectiveId(), kr.title(), kr.ownerId(), kr.type(), kr.startValue(),
				kr.targetValue(), value, kr.unit(), kr.weight(), kr.confidence(), kr.lastCheckInAt(), kr.score(),
				kr.scoreReason(), kr.carriedFrom(), kr.metricId(), kr.createdAt(), kr.version());
	}

}
