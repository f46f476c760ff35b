package dev.lodestar.objectives.web.team;

import java.time.Instant;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.objectives.web.Sparkline;

/**
 * A key result as an objective's card shows it: progress, the current and target value,
 * confidence, owner, last check-in and trend.
 *
 * @param editable whether the person looking may change it (its owner may; removing it is
 * for the objective's editors)
 */
public record TeamKeyResultLine(String id, String title, String type, String unit, double startValue,
		double targetValue, double currentValue, double progress, Integer confidence, ConfidenceBand band,
		String ownerId, String ownerName, Instant lastCheckInAt, Sparkline trend, long version, boolean editable,
		ScoreBadge score) {

	static TeamKeyResultLine of(KeyResult keyResult, String ownerName, Sparkline trend, boolean editable) {
		return new TeamKeyResultLine(keyResult.id().toString(), keyResult.title(), keyResult.type().value(),
				unit(keyResult), keyResult.startValue(), keyResult.targetValue(), keyResult.currentValue(),
				keyResult.progress(), keyResult.confidence(), ConfidenceBand.of(keyResult.confidence()),
				keyResult.ownerId().toString(), (ownerName != null) ? ownerName : "someone who left",
				keyResult.lastCheckInAt(), trend, (keyResult.version() != null) ? keyResult.version() : 0, editable,
				ScoreBadge.of(keyResult));
	}

	private static String unit(KeyResult keyResult) {
		if (keyResult.unit() == null && keyResult.type() == KeyResultType.PERCENTAGE) {
			return "%";
		}
		return keyResult.unit();
	}

	public String domId() {
		return "key-result-" + this.id;
	}

	public boolean rollup() {
		return dev.lodestar.objectives.KeyResultType.ROLLUP.value().equals(this.type);
	}

	public boolean milestone() {
		return KeyResultType.MILESTONE.value().equals(this.type);
	}

}
