package dev.lodestar.conversations.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.lodestar.conversations.Comment;
import dev.lodestar.conversations.Mentions;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;

/**
 * The comments under one check-in, oldest first, and the form to add one for those who
 * may.
 *
 * @param body what the form holds: empty, or what was typed when it was refused
 * @param error why the last comment was refused, or {@code null}
 * @param focus whether the form takes the focus: when the thread opens or answers in
 * place
 */
record Thread(String checkInId, List<Line> comments, long count, boolean mayComment, String body, String error,
		boolean focus) {

	public String domId() {
		return "comments-" + this.checkInId;
	}

	public String countText() {
		return (this.count == 0) ? "No comments yet" : (this.count == 1) ? "1 comment" : this.count + " comments";
	}

	Thread refused(String typed, String reason) {
		return new Thread(this.checkInId, this.comments, this.count, this.mayComment, typed, reason, this.focus);
	}

	Thread inPlace() {
		return new Thread(this.checkInId, this.comments, this.count, this.mayComment, this.body, this.error, true);
	}

	/**
	 * One comment: who wrote it, when, its text with mentions as names, and whether the
	 * reader may remove it.
	 */
	record Line(String id, String authorName, Instant at, List<Mentions.Part> parts, boolean removable) {

		static Line of(Comment comment, Map<PersonId, String> names, Actor reader) {
			Map<String, String> mentioned = new java.util.HashMap<>();
			comment.mentions().forEach((mention) -> {
				String name = names.get(mention.personId());
				if (name != null) {
					mentioned.put(mention.handle(), name);
				}
			});
			String author = (comment.authorId() != null) ? names.getOrDefault(comment.authorId(), "someone")
					: "someone";
			return new Line(comment.id().toString(), author, comment.createdAt(),
					Mentions.parts(comment.body(), mentioned), comment.removableBy(reader));
		}

	}

}
