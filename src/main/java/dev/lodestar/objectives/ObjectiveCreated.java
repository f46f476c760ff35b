package dev.lodestar.objectives;

import dev.lodestar.organization.PersonId;

/**
 * An objective was set (as a draft) by a person.
 */
public record ObjectiveCreated(Objective objective, PersonId by) {
}
