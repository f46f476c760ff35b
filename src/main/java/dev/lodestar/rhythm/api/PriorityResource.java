package dev.lodestar.rhythm.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.Priority;
import dev.lodestar.rhythm.PriorityId;

/**
 * A priority as the API shows it.
 */
record PriorityResource(PriorityId id, TeamId teamId, LocalDate week, String text, boolean done, PriorityId carriedFrom,
		PersonId createdBy, Instant createdAt, long version) {

	static PriorityResource of(Priority priority) {
		return new PriorityResource(priority.id(), priority.teamId(), priority.week().monday(), priority.text(),
				priority.done(), priority.carriedFrom(), priority.createdBy(), priority.createdAt(),
				priority.version());
	}

}
