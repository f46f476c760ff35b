package dev.lodestar.rhythm;

import java.time.Instant;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;

/**
 * A win of the week that a person wrote down: a line of 1–200 characters.
 */
public record WrittenWin(WinId id, TeamId teamId, Week week, String text, PersonId authorId, Instant at) {

	public static WrittenWin write(TeamId teamId, Week week, Week thisWeek, String text, PersonId authorId,
			Instant now) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("text", text);
		if (week.isAfter(thisWeek)) {
			errors.add("week", "is still to come: wins are written in this week or an earlier one");
		}
		errors.throwIfAny();
		return new WrittenWin(WinId.random(), teamId, week, clean, authorId, now);
	}

}
