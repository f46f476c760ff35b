package dev.lodestar.conversations;

import java.time.Instant;

import dev.lodestar.organization.PersonId;

/**
 * Something a person should know of, kept for them until they have read it: what kind of
 * thing it is ({@code mention}, {@code check-in-comment}, ...), a sentence saying what
 * happened, and where to see it.
 */
public record Notification(NotificationId id, PersonId personId, String kind, String text, String link,
		Instant createdAt, Instant readAt) {

	public boolean isRead() {
		return this.readAt != null;
	}

}
