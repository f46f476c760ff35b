package dev.lodestar.objectives;

import dev.lodestar.organization.PersonId;

/**
 * An objective was published: everyone now sees it as one of the cycle's commitments.
 */
public record ObjectivePublished(Objective objective, PersonId by) {
}
