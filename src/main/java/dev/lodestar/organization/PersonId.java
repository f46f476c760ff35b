package dev.lodestar.organization;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Person}. Serializable because a signed-in person's id is kept in
 * their web session.
 */
public record PersonId(@JsonValue UUID value) implements Serializable {

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	public static PersonId fromPath(String raw) {
		return new PersonId(Ids.fromPath("person", raw));
	}

	public static PersonId fromField(String field, String raw) {
		return new PersonId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
