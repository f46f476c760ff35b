package dev.lodestar.objectives;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Objective}.
 */
public record ObjectiveId(@JsonValue UUID value) {

	public static ObjectiveId random() {
		return new ObjectiveId(UUID.randomUUID());
	}

	public static ObjectiveId fromPath(String raw) {
		return new ObjectiveId(Ids.fromPath("objective", raw));
	}

	public static ObjectiveId fromField(String field, String raw) {
		return new ObjectiveId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
