package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.List;

import dev.lodestar.cycles.CycleId;

/**
 * The organisation's OKR program cycle after cycle, so that a champion can tell whether
 * it is getting better: one entry per closed cycle with objectives, oldest first. Each
 * figure is {@code null} when the cycle has nothing to measure it on.
 *
 * @param cycles the closed cycles, oldest first
 */
public record ProgramHealth(List<CycleHealth> cycles) {

	/**
	 * One closed cycle's figures.
	 *
	 * @param cycleId the cycle
	 * @param name its name
	 * @param endDate its last day
	 * @param checkInRegularity the mean over key results (roll-ups left out) of the share
	 * of the cycle's weeks in which each got at least one check-in
	 * @param retrospectivesHeld the share of the teams with objectives that held their
	 * retrospective
	 * @param averageScore the mean score of the objectives whose key results are all
	 * scored
	 * @param committedMet the share of those that are committed which met their
	 * expectation (a score of 1.0, read to one decimal)
	 * @param surveyMean the mean of the ratings (1 to 5) given in the cycle's survey on
	 * the OKR process
	 * @param alignedObjectives the share of the teams' objectives that contribute to
	 * another objective or key result
	 */
	public record CycleHealth(CycleId cycleId, String name, LocalDate endDate, Double checkInRegularity,
			Double retrospectivesHeld, Double averageScore, Double committedMet, Double surveyMean,
			Double alignedObjectives) {
	}

}
