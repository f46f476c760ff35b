package dev.lodestar.conversations;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.organization.PersonId;

/**
 * A comment was posted on a check-in of a key result.
 */
public record CommentPosted(Comment comment, CheckIn checkIn, KeyResult keyResult) {

	/**
	 * Who hears of the comment, and why: the people it mentions, the author of the
	 * check-in, the owner of the key result. Each hears once, for the first reason that
	 * fits, and the comment's author hears nothing of their own comment.
	 */
	public Map<PersonId, Reason> audience() {
		Map<PersonId, Reason> audience = new LinkedHashMap<>();
		this.comment.mentions().forEach((mention) -> audience.putIfAbsent(mention.personId(), Reason.MENTIONED));
		if (this.checkIn.authorId() != null) {
			audience.putIfAbsent(this.checkIn.authorId(), Reason.YOUR_CHECK_IN);
		}
		audience.putIfAbsent(this.keyResult.ownerId(), Reason.YOUR_KEY_RESULT);
		audience.remove(this.comment.authorId());
		return audience;
	}

	/**
	 * Why a person hears of a comment, and the kind of notification they get.
	 */
	public enum Reason {

		MENTIONED("mention"), YOUR_CHECK_IN("check-in-comment"), YOUR_KEY_RESULT("key-result-comment");

		private final String kind;

		Reason(String kind) {
			this.kind = kind;
		}

		public String kind() {
			return this.kind;
		}

	}

}
