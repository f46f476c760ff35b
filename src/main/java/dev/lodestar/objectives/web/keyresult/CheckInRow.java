package dev.lodestar.objectives.web.keyresult;

import java.time.Instant;
import java.util.Map;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;

/**
 * One key result with its in-place check-in, as the "my week" page shows it.
 *
 * @param form what the check-in fields hold: the last values, or what was typed
 * @param errors the reasons the last attempt was refused, by field
 * @param saved whether this row has just been checked in
 */
public record CheckInRow(String id, String title, String objectiveId, String objectiveTitle, String type, String unit,
		double startValue, double targetValue, double currentValue, double progress, Integer confidence,
		ConfidenceBand band, Instant lastCheckInAt, String lastNote, CheckInForm form, Map<String, String> errors,
		boolean saved) {

	public static CheckInRow of(KeyResult keyResult, Objective objective, CheckIn latest) {
		CheckInForm form = CheckInForm.current(keyResult);
		return new CheckInRow(keyResult.id().toString(), keyResult.title(), objective.id().toString(),
				objective.title(), keyResult.type().value(), keyResult.unit(), keyResult.startValue(),
				keyResult.targetValue(), keyResult.currentValue(), keyResult.progress(), keyResult.confidence(),
				ConfidenceBand.of(keyResult.confidence()), keyResult.lastCheckInAt(),
				(latest != null) ? latest.note() : null, form, Map.of(), false);
	}

	public CheckInRow refused(CheckInForm typed, Map<String, String> reasons) {
		return new CheckInRow(this.id, this.title, this.objectiveId, this.objectiveTitle, this.type, this.unit,
				this.startValue, this.targetValue, this.currentValue, this.progress, this.confidence, this.band,
				this.lastCheckInAt, this.lastNote, typed, reasons, false);
	}

	public CheckInRow justSaved() {
		return new CheckInRow(this.id, this.title, this.objectiveId, this.objectiveTitle, this.type, this.unit,
				this.startValue, this.targetValue, this.currentValue, this.progress, this.confidence, this.band,
				this.lastCheckInAt, this.lastNote, this.form, this.errors, true);
	}

	public String domId() {
		return "kr-" + this.id;
	}

	public boolean milestone() {
		return KeyResultType.MILESTONE.value().equals(this.type);
	}

	public boolean checkedInThisWeek(Instant weekStart) {
		return this.lastCheckInAt != null && !this.lastCheckInAt.isBefore(weekStart);
	}

}
