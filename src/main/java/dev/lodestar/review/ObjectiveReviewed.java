package dev.lodestar.review;

import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.PersonId;

/**
 * A step of an objective's review was taken.
 *
 * @param objective the objective as the step left it
 * @param step the step
 * @param submitter who submitted the objective for the review this step belongs to
 */
public record ObjectiveReviewed(Objective objective, ReviewStep step, PersonId submitter) {
}
