package dev.lodestar.rhythm;

import java.time.Instant;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * Someone gave kudos to someone else, on a team's Friday page or through the API.
 */
public record KudosGiven(KudosId kudosId, PersonId fromPersonId, PersonId toPersonId, TeamId teamId, String message,
		Instant at) {
}
