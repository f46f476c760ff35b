package dev.lodestar.rhythm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Priority}.
 */
public record PriorityId(@JsonValue UUID value) {

	public static PriorityId random() {
		return new PriorityId(UUID.randomUUID());
	}

	public static PriorityId fromPath(String raw) {
		return new PriorityId(Ids.fromPath("priority", raw));
	}

	public static PriorityId fromField(String field, String raw) {
		return new PriorityId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
