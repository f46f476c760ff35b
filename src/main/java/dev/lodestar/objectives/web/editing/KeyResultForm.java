package dev.lodestar.objectives.web.editing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.organization.PersonId;

/**
 * A key result as typed into its form, kept as text so that it can be shown again beside
 * the reasons it was refused. The type is chosen when the key result is added and stays.
 */
public record KeyResultForm(String title, String ownerId, String type, String startValue, String targetValue,
		String unit, String weight, String metricId, String version) {

	static final List<String> FIELDS = List.of("title", "ownerId", "type", "metricId", "startValue", "targetValue",
			"unit", "weight");

	static KeyResultForm empty(String ownerId) {
		return new KeyResultForm("", ownerId, KeyResultType.METRIC.value(), "", "", "", "1", "", "");
	}

	static KeyResultForm of(KeyResult keyResult) {
		return new KeyResultForm(keyResult.title(), keyResult.ownerId().toString(), keyResult.type().value(),
				plain(keyResult.startValue()), plain(keyResult.targetValue()),
				(keyResult.unit() != null) ? keyResult.unit() : "", plain(keyResult.weight()),
				(keyResult.metricId() != null) ? keyResult.metricId().toString() : "",
				String.valueOf(keyResult.version()));
	}

	KeyResults.NewKeyResult toNew(Map<String, String> errors) {
		KeyResultType kind = type(errors);
		Double start = FormValues.number(this.startValue, "startValue", errors);
		Double target = FormValues.number(this.targetValue, "targetValue", errors);
		Double weighs = FormValues.number(this.weight, "weight", errors);
		return new KeyResults.NewKeyResult(this.title, owner(errors), kind, start, target, this.unit, weighs,
				metric(errors));
	}

	/**
	 * The changes this form asks of a key result of some type; a metric's bounds cannot
	 * be left blank.
	 */
	KeyResults.KeyResultChanges toChanges(KeyResultType current, Map<String, String> errors) {
		Double start = FormValues.number(this.startValue, "startValue", errors);
		Double target = FormValues.number(this.targetValue, "targetValue", errors);
		if (current == KeyResultType.METRIC) {
			requireNumber(this.startValue, "startValue", errors);
			requireNumber(this.targetValue, "targetValue", errors);
		}
		Double weighs = FormValues.number(this.weight, "weight", errors);
		MetricId metric = metric(errors);
		return new KeyResults.KeyResultChanges((this.title != null) ? this.title : "", owner(errors), start, target,
				(this.unit != null) ? this.unit : "", weighs, null, null,
				(this.metricId == null || errors.containsKey("metricId")) ? null : Optional.ofNullable(metric));
	}

	Long expectedVersion() {
		return FormValues.version(this.version);
	}

	public boolean milestone() {
		return KeyResultType.MILESTONE.value().equals(this.type);
	}

	/**
	 * Whether the key result has no start and target to type: a milestone (0 to 1) or a
	 * roll-up (its contributors' progress).
	 */
	public boolean unbounded() {
		return milestone() || KeyResultType.ROLLUP.value().equals(this.type);
	}

	private MetricId metric(Map<String, String> errors) {
		UUID id = FormValues.id(this.metricId, "metricId", errors);
		return (id != null) ? new MetricId(id) : null;
	}

	private PersonId owner(Map<String, String> errors) {
		UUID id = FormValues.id(this.ownerId, "ownerId", errors);
		return (id != null) ? new PersonId(id) : null;
	}

	private KeyResultType type(Map<String, String> errors) {
		if (FormValues.blank(this.type)) {
			return null;
		}
		try {
			return KeyResultType.valueOf(this.type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("type", "must be metric, percentage, milestone or rollup");
			return null;
		}
	}

	private static void requireNumber(String text, String field, Map<String, String> errors) {
		if (FormValues.blank(text)) {
			errors.putIfAbsent(field, "is required");
		}
	}

	private static String plain(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
