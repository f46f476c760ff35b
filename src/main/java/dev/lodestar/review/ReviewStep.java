package dev.lodestar.review;

import java.time.Instant;

import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;

/**
 * One step of an objective's review, as kept: what was done, by whom ({@code null} once
 * that person is removed), with what comment, when.
 */
public record ReviewStep(ObjectiveId objectiveId, ReviewAction action, PersonId by, String comment, Instant at) {
}
