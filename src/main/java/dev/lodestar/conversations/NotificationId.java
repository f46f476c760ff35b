package dev.lodestar.conversations;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Notification}.
 */
public record NotificationId(@JsonValue UUID value) {

	public static NotificationId random() {
		return new NotificationId(UUID.randomUUID());
	}

	public static NotificationId fromPath(String raw) {
		return new NotificationId(Ids.fromPath("notification", raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
