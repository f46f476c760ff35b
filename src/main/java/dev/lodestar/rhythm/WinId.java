package dev.lodestar.rhythm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link WrittenWin}.
 */
public record WinId(@JsonValue UUID value) {

	public static WinId random() {
		return new WinId(UUID.randomUUID());
	}

	public static WinId fromPath(String raw) {
		return new WinId(Ids.fromPath("written win", raw));
	}

	public static WinId fromField(String field, String raw) {
		return new WinId(Ids.fromField(field, raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
