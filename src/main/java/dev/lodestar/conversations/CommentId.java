package dev.lodestar.conversations;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Comment}.
 */
public record CommentId(@JsonValue UUID value) {

	public static CommentId random() {
		return new CommentId(UUID.randomUUID());
	}

	public static CommentId fromPath(String raw) {
		return new CommentId(Ids.fromPath("comment", raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
