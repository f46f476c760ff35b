package dev.lodestar.rhythm;

import java.time.Instant;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;

/**
 * Thanks from one person to another, given on a team's Friday page and kept with the team
 * and the week: a message of 1–200 characters, to someone else than the giver.
 */
public record Kudos(KudosId id, TeamId teamId, Week week, PersonId fromId, PersonId toId, String message, Instant at) {

	public static Kudos give(TeamId teamId, Week week, PersonId fromId, PersonId toId, String message, Instant now) {
		FieldErrors errors = new FieldErrors();
		errors.required("toId", toId);
		if (fromId.equals(toId)) {
			errors.add("toId", "must be someone else: kudos go to another person");
		}
		String clean = errors.title("message", message);
		errors.throwIfAny();
		return new Kudos(KudosId.random(), teamId, week, fromId, toId, clean, now);
	}

}
