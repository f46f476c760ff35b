package dev.lodestar.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Team}.
 */
public record TeamId(@JsonValue UUID value) {

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	public static TeamId fromPath(String raw) {
		return new TeamId(Ids.fromPath("team", raw));
	}

	public static TeamId fromField(String field, String raw) {
		return new TeamId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
