package dev.lodestar.reports;

import java.time.Instant;
import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * A cycle's achievements, to celebrate.
 *
 * @param cycle the cycle
 * @param objectivesMet the objectives that met their expectation, best score first
 * @param keyResults the key results scored 0.7 or more, or milestones done, best first
 * @param milestones the milestones checked in as done during the cycle, in order
 * @param kudosGiven how many kudos were given during the cycle's dates
 * @param kudos the latest of them, newest first
 */
public record Celebration(Cycle cycle, List<ObjectiveLine> objectivesMet, List<Achieved> keyResults,
		List<MilestoneDone> milestones, long kudosGiven, List<KudosLine> kudos) {

	/** How many kudos the page lists at most. */
	public static final int KUDOS_SHOWN = 60;

	/** Whether there is anything at all to show. */
	public boolean anything() {
		return !this.objectivesMet.isEmpty() || !this.keyResults.isEmpty() || !this.milestones.isEmpty()
				|| this.kudosGiven > 0;
	}

	/**
	 * A key result worth celebrating, with where it belongs.
	 *
	 * @param keyResult the key result
	 * @param objective its objective
	 */
	public record Achieved(KeyResultLine keyResult, ObjectiveLine objective) {
	}

	/**
	 * A milestone checked in as done.
	 *
	 * @param keyResultId the milestone
	 * @param title its title
	 * @param objective its objective
	 * @param at when it was first checked in as done
	 */
	public record MilestoneDone(KeyResultId keyResultId, String title, ObjectiveLine objective, Instant at) {
	}

	/**
	 * Kudos given.
	 *
	 * @param teamId the team it was given in
	 * @param teamName its name
	 * @param fromId who gave it
	 * @param fromName their name
	 * @param toId who got it
	 * @param toName their name
	 * @param message what was said
	 * @param at when
	 */
	public record KudosLine(TeamId teamId, String teamName, PersonId fromId, String fromName, PersonId toId,
			String toName, String message, Instant at) {
	}

}
