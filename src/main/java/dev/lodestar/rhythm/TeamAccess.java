package dev.lodestar.rhythm;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;

/**
 * Who may write a team's week (priorities, wins, kudos): its members and leads, and the
 * admins and champions who run the program. Viewers read.
 */
@Component
class TeamAccess {

	private final Teams teams;

	TeamAccess(Teams teams) {
		this.teams = teams;
	}

	static boolean mayWrite(Actor actor, TeamView team) {
		return actor.mayWrite() && (actor.runsProgram() || team.memberIds().contains(actor.personId()));
	}

	/** The team, once the actor may write its week; a 404 or a 403 otherwise. */
	TeamView requireWriter(Actor actor, TeamId id, String what) {
		TeamView team = this.teams.view(id);
		actor.require(mayWrite(actor, team), what);
		return team;
	}

}
