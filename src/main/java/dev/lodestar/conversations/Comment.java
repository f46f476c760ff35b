package dev.lodestar.conversations;

import java.time.Instant;
import java.util.List;

import dev.lodestar.objectives.CheckInId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Text;

/**
 * What someone said about a check-in: up to 2,000 characters of text, with the people it
 * mentions. Comments are never edited; their author or an admin removes them.
 */
public record Comment(CommentId id, CheckInId checkInId, PersonId authorId, String body, List<Mention> mentions,
		Instant createdAt) {

	/** The longest comment, in characters as people count them. */
	public static final int BODY_MAX = 2_000;

	public Comment {
		mentions = List.copyOf(mentions);
	}

	/**
	 * A new comment with its body trimmed; refuses a blank body, one that is too long or
	 * holds NUL characters, naming {@code body}.
	 */
	public static Comment write(CheckInId checkInId, PersonId authorId, String body, List<Mention> mentions,
			Instant at) {
		return new Comment(CommentId.random(), checkInId, authorId, checkBody(body), mentions, at);
	}

	/**
	 * The body as it will be kept: trimmed, or refused with a 400 naming {@code body}.
	 */
	public static String checkBody(String body) {
		String trimmed = (body != null) ? body.strip() : "";
		if (trimmed.isEmpty()) {
			throw InvalidInputException.of("body", "must not be blank");
		}
		if (Text.unkeepable(trimmed) != null) {
			throw InvalidInputException.of("body", Text.unkeepable(trimmed));
		}
		int characters = trimmed.codePointCount(0, trimmed.length());
		if (characters > BODY_MAX) {
			throw InvalidInputException.of("body",
					"must be at most " + BODY_MAX + " characters (is " + characters + ")");
		}
		return trimmed;
	}

	/**
	 * Whether a person may remove this comment: its author or an admin.
	 */
	public boolean removableBy(Actor actor) {
		return actor.isAdmin() || (actor.mayWrite() && actor.is(this.authorId));
	}

	/**
	 * A person a comment mentions, and the handle it was written with.
	 */
	public record Mention(String handle, PersonId personId) {
	}

}
