package dev.lodestar.conversations;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.CheckInComments;
import dev.lodestar.objectives.CheckInId;

/**
 * Answers the pages of check-ins how many comments each check-in has, in one query.
 */
@Component
@Transactional(readOnly = true)
class CommentCounts implements CheckInComments {

	private final CommentRepository comments;

	CommentCounts(CommentRepository comments) {
		this.comments = comments;
	}

	@Override
	public Map<CheckInId, Integer> counts(Collection<CheckInId> checkIns) {
		return this.comments.countByCheckIns(checkIns);
	}

}
