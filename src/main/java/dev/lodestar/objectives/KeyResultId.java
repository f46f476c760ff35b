package dev.lodestar.objectives;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link KeyResult}.
 */
public record KeyResultId(@JsonValue UUID value) {

	public static KeyResultId random() {
		return new KeyResultId(UUID.randomUUID());
	}

	public static KeyResultId fromPath(String raw) {
		return new KeyResultId(Ids.fromPath("key result", raw));
	}

	public static KeyResultId fromField(String field, String raw) {
		return new KeyResultId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
