package dev.lodestar.cycles;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Cycle}.
 */
public record CycleId(@JsonValue UUID value) {

	public static CycleId random() {
		return new CycleId(UUID.randomUUID());
	}

	public static CycleId fromPath(String raw) {
		return new CycleId(Ids.fromPath("cycle", raw));
	}

	public static CycleId fromField(String field, String raw) {
		return new CycleId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
