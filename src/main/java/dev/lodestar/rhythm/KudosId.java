package dev.lodestar.rhythm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Kudos}.
 */
public record KudosId(@JsonValue UUID value) {

	public static KudosId random() {
		return new KudosId(UUID.randomUUID());
	}

	public static KudosId fromPath(String raw) {
		return new KudosId(Ids.fromPath("kudos", raw));
	}

	public static KudosId fromField(String field, String raw) {
		return new KudosId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
