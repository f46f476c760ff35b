package dev.lodestar.objectives;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.lodestar.organization.PersonId;

/**
 * What the pages of objectives and key results need to know of check-ins: the trend of
 * each key result and the latest entries with their notes. The check-ins feature provides
 * it; this feature only asks, so it does not depend on check-ins.
 */
public interface CheckInHistory {

	/**
	 * The check-ins of some key results since a moment, oldest first, by key result; one
	 * query however many key results.
	 */
	Map<KeyResultId, List<Point>> trends(Collection<KeyResultId> keyResults, Instant since);

	/**
	 * The latest check-ins of some key results, newest first, at most {@code limit}.
	 */
	List<Entry> latest(Collection<KeyResultId> keyResults, int limit);

	/**
	 * A key result's value and confidence at a moment.
	 */
	record Point(Instant at, double value, int confidence) {
	}

	/**
	 * A check-in with its note, as a history shows it.
	 */
	record Entry(KeyResultId keyResultId, PersonId authorId, double value, int confidence, String note, String blockers,
			Instant at) {
	}

}
