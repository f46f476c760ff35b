package dev.lodestar.objectives;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Metric}.
 */
public record MetricId(@JsonValue UUID value) {

	public static MetricId random() {
		return new MetricId(UUID.randomUUID());
	}

	public static MetricId fromPath(String raw) {
		return new MetricId(Ids.fromPath("metric", raw));
	}

	public static MetricId fromField(String field, String raw) {
		return new MetricId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
