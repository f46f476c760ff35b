package dev.lodestar.objectives;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link CheckIn}.
 */
public record CheckInId(@JsonValue UUID value) {

	public static CheckInId random() {
		return new CheckInId(UUID.randomUUID());
	}

	public static CheckInId fromPath(String raw) {
		return new CheckInId(Ids.fromPath("check-in", raw));
	}

	public static CheckInId fromField(String field, String raw) {
		return new CheckInId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
