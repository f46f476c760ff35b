package dev.lodestar.objectives;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.FieldErrors;

/**
 * A named measure that lives across cycles, such as weekly active customers or lead time.
 * Key results track it from cycle to cycle; their check-ins make its history, and its
 * latest value is where the next key result for it starts. A deleted metric is marked,
 * not removed: its history and the key results that tracked it stay as they were, and it
 * takes no new values.
 */
public record Metric(@Id MetricId id, String name, String unit, String description, PersonId createdBy,
		Instant createdAt, Instant deletedAt, @Version Long version) {

	static final int UNIT_MAX = 50;

	static Metric create(String name, String unit, String description, PersonId createdBy, Instant now) {
		FieldErrors errors = new FieldErrors();
		Metric metric = new Metric(MetricId.random(), errors.title("name", name), unit(errors, unit),
				errors.text("description", description), createdBy, now, null, null);
		errors.throwIfAny();
		return metric;
	}

	/**
	 * The metric with a new name, unit or description; {@code null} leaves one as it is,
	 * an empty unit or description clears it.
	 */
	Metric withChanges(String name, String unit, String description) {
		FieldErrors errors = new FieldErrors();
		Metric changed = new Metric(this.id, (name != null) ? errors.title("name", name) : this.name,
				(unit != null) ? unit(errors, unit) : this.unit,
				(description != null) ? errors.text("description", description) : this.description, this.createdBy,
				this.createdAt, this.deletedAt, this.version);
		errors.throwIfAny();
		return changed;
	}

	Metric deleted(Instant now) {
		return new Metric(this.id, this.name, this.unit, this.description, this.createdBy, this.createdAt, now,
				this.version);
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	private static String unit(FieldErrors errors, String unit) {
		if (unit == null || unit.isBlank()) {
			return null;
		}
		String trimmed = unit.strip();
		if (trimmed.length() > UNIT_MAX) {
			errors.add("unit", "must be at most " + UNIT_MAX + " characters (is " + trimmed.length() + ")");
		}
		return trimmed;
	}

}
