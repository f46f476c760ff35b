package dev.lodestar.conversations;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Each person's notifications: posted by whatever has news for them (a listener of
 * another feature's event posts one in the same transaction), read only by that person,
 * and marked read one by one, when opened, or all at once.
 */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository notifications;

	private final Clock clock;

	Notifications(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public Notification post(NewNotification news) {
		Notification notification = new Notification(NotificationId.random(), news.to(), news.kind(), news.text(),
				news.link(), this.clock.instant(), null);
		this.notifications.insert(notification);
		return notification;
	}

	/**
	 * How many notifications a person has not read yet: one indexed count, cheap enough
	 * for the header of every page.
	 */
	@Transactional(readOnly = true)
	public long unread(PersonId person) {
		return this.notifications.countUnread(person);
	}

	/**
	 * The signed-in person's notifications, newest first; only the unread ones if asked.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Notification> of(Actor actor, boolean unreadOnly, Paging paging) {
		return new ResultPage<>(
				this.notifications.findPage(actor.personId(), unreadOnly, paging.limit(), paging.offset()),
				this.notifications.count(actor.personId(), unreadOnly));
	}

	/**
	 * One of the signed-in person's notifications, unchanged; another person's is as
	 * unknown to them as one that does not exist.
	 */
	@Transactional(readOnly = true)
	public Notification get(Actor actor, NotificationId id) {
		return this.notifications.findById(id)
			.filter((found) -> found.personId().equals(actor.personId()))
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	/**
	 * Marks one of the signed-in person's notifications read and answers it; another
	 * person's is as unknown to them as one that does not exist.
	 */
	public Notification markRead(Actor actor, NotificationId id) {
		Notification notification = get(actor, id);
		if (notification.isRead()) {
			return notification;
		}
		Notification read = new Notification(id, notification.personId(), notification.kind(), notification.text(),
				notification.link(), notification.createdAt(), this.clock.instant());
		this.notifications.markRead(id, read.readAt());
		return read;
	}

	/**
	 * Marks all of the signed-in person's notifications read; answers how many were
	 * unread.
	 */
	public int markAllRead(Actor actor) {
		return this.notifications.markAllRead(actor.personId(), this.clock.instant());
	}

}
