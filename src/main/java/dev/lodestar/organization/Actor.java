package dev.lodestar.organization;

import java.util.Set;

import dev.lodestar.shared.ForbiddenException;

/**
 * The signed-in person as the rules see them: who they are, their role, and the teams
 * they lead. Every change in Lodestar is made by an actor, and the domain types ask the
 * actor what it may do.
 */
public record Actor(PersonId personId, Role role, Set<TeamId> ledTeams) {

	public Actor {
		ledTeams = Set.copyOf(ledTeams);
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/**
	 * Admins and champions run the OKR program: cycles, teams and every team's OKRs.
	 */
	public boolean runsProgram() {
		return this.role == Role.ADMIN || this.role == Role.CHAMPION;
	}

	/**
	 * Whether this person leads the team; a viewer never acts as a lead.
	 */
	public boolean leads(TeamId team) {
		return this.role != Role.VIEWER && team != null && this.ledTeams.contains(team);
	}

	public boolean is(PersonId person) {
		return this.personId.equals(person);
	}

	public boolean mayWrite() {
		return this.role != Role.VIEWER;
	}

	/**
	 * Refuses with a 403 unless {@code allowed}; {@code what} completes "You may not
	 * ...".
	 */
	public void require(boolean allowed, String what) {
		if (!allowed) {
			throw new ForbiddenException("You may not " + what + ".");
		}
	}

}
