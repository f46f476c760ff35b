package dev.lodestar.security;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link ApiToken}.
 */
public record ApiTokenId(@JsonValue UUID value) {

	public static ApiTokenId random() {
		return new ApiTokenId(UUID.randomUUID());
	}

	public static ApiTokenId fromPath(String raw) {
		return new ApiTokenId(Ids.fromPath("token", raw));
	}

	public static ApiTokenId fromField(String field, String raw) {
		return new ApiTokenId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
