package dev.lodestar.demo;

import java.util.List;
import java.util.Map;

/**
 * How Northwind ran its OKR program in one quarter, so that the quarters read as an
 * organisation learning the practice: how often owners checked in (with the teams that
 * did it differently), how far their confidence ran ahead of their progress, how far the
 * key results got against targets set that quarter, which teams wrote a retrospective and
 * whether they held it, how people rated the OKR process in the survey, and which
 * objectives were carried on into the next quarter.
 *
 * @param checkInPercent the chance, in percent, that an owner checks in on a given week
 * @param teamCheckIns the teams whose owners check in at another rate, by name
 * @param overConfidence the points by which owners' confidence runs above what their
 * progress says (0: honest)
 * @param reach how much further (or, negative, less far) than usual the key results get
 * towards their targets, as a share of the way
 * @param retrospectives the teams that write a retrospective, by name, and whether they
 * held it; the others write none
 * @param surveyRating the mean rating, from 1 to 5, that people give the OKR process in
 * the quarter's survey (0: nobody answers it)
 * @param carriedOn the titles of the team objectives carried on into the next quarter
 */
record DemoHabits(int checkInPercent, Map<String, Integer> teamCheckIns, int overConfidence, double reach,
		Map<String, Boolean> retrospectives, double surveyRating, List<String> carriedOn) {

	/** The chance, in percent, that an owner in the team (or the company) checks in. */
	int checkInPercent(String team) {
		return (team != null) ? this.teamCheckIns.getOrDefault(team, this.checkInPercent) : this.checkInPercent;
	}

}
