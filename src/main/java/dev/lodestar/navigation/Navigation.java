package dev.lodestar.navigation;

import java.util.List;

/**
 * The frame of a page: the signed-in person, the current cycle, and the teams they belong
 * to (their shortcuts to team pages).
 *
 * @param personName who is signed in
 * @param runsProgram whether they may manage cycles (admins and champions)
 * @param admin whether they may manage people and teams
 * @param cycle the current cycle, or {@code null} before the first one exists
 * @param teams the teams the person belongs to
 * @param unread how many of their notifications they have not read
 */
public record Navigation(String personName, boolean runsProgram, boolean admin, CurrentCycle cycle,
		List<TeamLink> teams, long unread) {

	/**
	 * The cycle people work in now, with its phase and what the phase is for.
	 */
	public record CurrentCycle(String id, String name, String phase, String purpose) {
	}

	/**
	 * A team's name and where its page is.
	 */
	public record TeamLink(String id, String name) {
	}

}
