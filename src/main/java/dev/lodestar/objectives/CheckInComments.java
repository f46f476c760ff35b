package dev.lodestar.objectives;

import java.util.Collection;
import java.util.Map;

/**
 * How many comments each check-in has, for the pages that list check-ins. The feature
 * that holds the conversations answers it, so that check-ins need not know of comments.
 */
public interface CheckInComments {

	/**
	 * The number of comments of each check-in that has any, in one query.
	 */
	Map<CheckInId, Integer> counts(Collection<CheckInId> checkIns);

}
