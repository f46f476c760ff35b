package dev.lodestar.conversations.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.conversations.Notification;
import dev.lodestar.conversations.NotificationId;
import dev.lodestar.conversations.Notifications;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * {@code /api/v1/notifications}: the signed-in person's notifications, newest first, with
 * how many are unread; marking one or all of them read.
 */
@RestController
class NotificationsApi {

	private final Notifications notifications;

	NotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	NotificationListing list(Actor actor, @RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		ResultPage<Notification> page = this.notifications.of(actor, Boolean.TRUE.equals(unread),
				Paging.of(limit, offset));
		return new NotificationListing(page.items().stream().map(NotificationResource::of).toList(), page.total(),
				this.notifications.unread(actor.personId()));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	NotificationResource read(Actor actor, @PathVariable String id) {
		return NotificationResource.of(this.notifications.markRead(actor, NotificationId.fromPath(id)));
	}

	@PostMapping("/api/v1/notifications/read")
	Marked readAll(Actor actor) {
		return new Marked(this.notifications.markAllRead(actor));
	}

	/**
	 * A page of notifications, as every list is, plus how many of all are unread.
	 */
	record Marked(int marked) {
	}

	record NotificationListing(List<NotificationResource> items, long total, long unread) {
	}

	record NotificationResource(NotificationId id, String kind, String text, String link, boolean read,
			Instant createdAt, Instant readAt) {

		static NotificationResource of(Notification notification) {
			return new NotificationResource(notification.id(), notification.kind(), notification.text(),
					notification.link(), notification.isRead(), notification.createdAt(), notification.readAt());
		}

	}

}
