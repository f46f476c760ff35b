package dev.lodestar.maturity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.NotFoundException;

/**
 * The calibration of the organisation, of a team or of a person, over the closed cycles.
 * The organisation's and a team's are open to everyone signed in, as reports are; a
 * person's is private: only they read it, not even an admin.
 */
@Service
@Transactional(readOnly = true)
public class Calibrations {

	private final ConfidenceRecord record;

	private final Teams teams;

	Calibrations(ConfidenceRecord record, Teams teams) {
		this.record = record;
		this.teams = teams;
	}

	/**
	 * The calibration of the check-ins on a team's key results, of a person's check-ins,
	 * of both at once, or of every check-in when both are {@code null}.
	 */
	public Calibration of(Actor actor, TeamId team, PersonId person) {
		if (person != null) {
			// another person's is refused whether or not they exist: it tells nothing of
			// them
			actor.require(actor.is(person), "see another person's calibration");
		}
		if (team != null && !this.teams.exists(team)) {
			throw new NotFoundException("team", team);
		}
		return Calibration.of(this.record.tallies(team, person));
	}

}
