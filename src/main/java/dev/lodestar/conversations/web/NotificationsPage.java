package dev.lodestar.conversations.web;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.conversations.Notification;
import dev.lodestar.conversations.NotificationId;
import dev.lodestar.conversations.Notifications;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * A person's notifications, newest first: opening one (a form post) marks it read and
 * leads to what it is about; one or all can be marked read without opening them.
 */
@Controller
class NotificationsPage {

	static final int PAGE_SIZE = 30;

	private final Notifications notifications;

	NotificationsPage(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String notifications(Actor actor, @RequestParam(required = false) String page, Model model) {
		int number = Pages.number(page);
		ResultPage<Notification> found = this.notifications.of(actor, false,
				new Paging(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE));
		model.addAttribute("notifications", found.items().stream().map(Line::of).toList());
		model.addAttribute("pages", new Pages(number, found.total(), PAGE_SIZE));
		return "conversations/notifications";
	}

	/** Leads to what a notification is about and changes nothing (a GET never does). */
	@GetMapping("/notifications/{id}")
	String show(Actor actor, @PathVariable String id) {
		return "redirect:" + this.notifications.get(actor, NotificationId.fromPath(id)).link();
	}

	/**
	 * Opening a notification from the list: marks it read and leads to what it is about.
	 */
	@PostMapping("/notifications/{id}/open")
	String open(Actor actor, @PathVariable String id) {
		return "redirect:" + this.notifications.markRead(actor, NotificationId.fromPath(id)).link();
	}

	@PostMapping("/notifications/{id}/read")
	String read(Actor actor, @PathVariable String id) {
		this.notifications.markRead(actor, NotificationId.fromPath(id));
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String readAll(Actor actor) {
		this.notifications.markAllRead(actor);
		return "redirect:/notifications";
	}

	/**
	 * One notification as the page lists it.
	 */
	record Line(String id, String kind, String text, Instant at, boolean read) {

		static Line of(Notification notification) {
			return new Line(notification.id().toString(), notification.kind(), notification.text(),
					notification.createdAt(), notification.isRead());
		}

	}

}
