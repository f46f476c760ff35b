package dev.lodestar.conversations;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.People;

/**
 * Tells the people a comment concerns about it: whom it mentions, whose check-in it is
 * on, who owns the key result. Runs in the comment's transaction, so the notifications
 * are kept exactly when the comment is.
 */
@Component
class CommentNotifications {

	private final Notifications notifications;

	private final People people;

	CommentNotifications(Notifications notifications, People people) {
		this.notifications = notifications;
		this.people = people;
	}

	@EventListener
	void on(CommentPosted posted) {
		String author = this.people.names(List.of(posted.comment().authorId()))
			.getOrDefault(posted.comment().authorId(), "Someone");
		String keyResult = posted.keyResult().title();
		String link = "/check-ins/" + posted.checkIn().id() + "#comment-" + posted.comment().id();
		posted.audience()
			.forEach((person, reason) -> this.notifications
				.post(new NewNotification(person, reason.kind(), text(reason, author, keyResult), link)));
	}

	private static String text(CommentPosted.Reason reason, String author, String keyResult) {
		return switch (reason) {
			case MENTIONED -> author + " mentioned you in a comment on " + keyResult;
			case YOUR_CHECK_IN -> author + " commented on your check-in of " + keyResult;
			case YOUR_KEY_RESULT -> author + " commented on a check-in of your key result " + keyResult;
		};
	}

}
