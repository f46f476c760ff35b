package dev.lodestar.feeds;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.FieldErrors;

/**
 * Checks the rows of an import against the key results they name, read beforehand: each
 * row must name a key result the actor may check in, in an open cycle, once, with a value
 * and confidence the key result takes.
 */
final class ImportCheck {

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Actor actor;

	private final Map<KeyResultId, KeyResult> keyResults;

	private final Map<ObjectiveId, Objective> objectives;

	private final Map<CycleId, Cycle> cycles;

	private final Instant now;

	private final Map<KeyResultId, Integer> seen = new HashMap<>();

	ImportCheck(Actor actor, Map<KeyResultId, KeyResult> keyResults, Map<ObjectiveId, Objective> objectives,
			Map<CycleId, Cycle> cycles, Instant now) {
		this.actor = actor;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.cycles = cycles;
		this.now = now;
	}

	static KeyResultId idOf(String raw) {
		return (raw != null && ID.matcher(raw).matches()) ? new KeyResultId(UUID.fromString(raw)) : null;
	}

	ImportPreview.Item check(ImportFile.Line line) {
		KeyResultId id = idOf(line.keyResultId());
		KeyResult keyResult = (id != null) ? this.keyResults.get(id) : null;
		FieldErrors errors = new FieldErrors();
		if (line.shape() != null) {
			errors.add("row", line.shape());
		}
		else if (keyResult == null) {
			errors.add("keyResultId", line.keyResultId().isEmpty() ? "is required"
					: (id == null) ? "is not a key result id" : "names no known key result");
		}
		else {
			checkKeyResult(errors, keyResult, line.row());
		}
		Double value = value(errors, line.value());
		Integer confidence = confidence(errors, line.confidence(), keyResult);
		String note = errors.text("note", line.note());
		if (keyResult != null && errors.isEmpty()) {
			errors.collect(() -> keyResult.checkedIn(value, confidence, this.now));
		}
		return item(line, keyResult, value, confidence, note, errors);
	}

	private void checkKeyResult(FieldErrors errors, KeyResult keyResult, int row) {
		Integer earlier = this.seen.putIfAbsent(keyResult.id(), row);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		Cycle cycle = this.cycles.get(objective.cycleId());
		if (earlier != null) {
			errors.add("keyResultId", "is in row " + earlier + " already");
		}
		else if (!keyResult.editableBy(this.actor, objective)) {
			errors.add("keyResultId", "names a key result you may not check in");
		}
		else if (cycle.isClosed()) {
			errors.add("keyResultId", "names a key result of a closed cycle");
		}
		else if (objective.status() == ObjectiveStatus.ARCHIVED) {
			errors.add("keyResultId", "names a key result of an archived objective");
		}
		else if (keyResult.type() == KeyResultType.ROLLUP) {
			errors.add("keyResultId", "names a roll-up key result, which takes its progress from what contributes "
					+ "to it and no check-ins");
		}
	}

	private static Double value(FieldErrors errors, String raw) {
		if (raw.isEmpty()) {
			errors.add("value", "is required");
			return null;
		}
		try {
			double value = Double.parseDouble(raw);
			if (!Double.isFinite(value) || !raw.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
				throw new NumberFormatException(raw);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.add("value", "must be a number, with a point for decimals (like 12.5)");
			return null;
		}
	}

	private static Integer confidence(FieldErrors errors, String raw, KeyResult keyResult) {
		if (raw.isEmpty()) {
			if (keyResult != null && keyResult.confidence() == null) {
				errors.add("confidence", "is required: the key result has no confidence yet");
			}
			return (keyResult != null) ? keyResult.confidence() : null;
		}
		try {
			return Integer.valueOf(raw);
		}
		catch (NumberFormatException ex) {
			errors.add("confidence", "must be a whole number from 1 to 10");
			return null;
		}
	}

	private static ImportPreview.Item item(ImportFile.Line line, KeyResult keyResult, Double value, Integer confidence,
			String note, FieldErrors errors) {
		String error = errors.isEmpty() ? null
				: errors.list()
					.stream()
					.map((e) -> e.field().equals("row") ? "the row " + e.message() : e.field() + " " + e.message())
					.collect(Collectors.joining("; "));
		return new ImportPreview.Item(line.row(), line.keyResultId(), (keyResult != null) ? keyResult.id() : null,
				(keyResult != null) ? keyResult.title() : null, (keyResult != null) ? keyResult.unit() : null,
				keyResult != null && keyResult.type() == KeyResultType.MILESTONE,
				(keyResult != null) ? keyResult.currentValue() : null, value, confidence, note, error);
	}

}
