package dev.lodestar.maturity.web;

import java.util.List;

import dev.lodestar.maturity.Maturity;
import dev.lodestar.maturity.Signals;

/**
 * A maturity as the pages show it: the stage, the cycles completed, what to expect, what
 * to focus on, and each signal with its name, its value in words and what it measures.
 *
 * @param maturity the maturity
 * @param whose "the team" or "the organisation", for the sentences
 */
public record MaturityView(Maturity maturity, String whose) {

	/** How many cycles, in words: "no cycle completed yet", "1 cycle completed". */
	public String completed() {
		int cycles = this.maturity.cyclesCompleted();
		return switch (cycles) {
			case 0 -> "no cycle completed yet";
			case 1 -> "1 cycle completed";
			default -> cycles + " cycles completed";
		};
	}

	/** The signals, in the order the pages list them. */
	public List<SignalLine> signals() {
		Signals signals = this.maturity.signals();
		return List.of(
				SignalLine.share("Weeks checked in", signals.checkInRegularity(),
						"the share of the key results' weeks with at least one check-in"),
				SignalLine.share("Key results with a baseline", signals.keyResultsWithBaseline(),
						"carried over, tracking a metric, or started from a measured value"),
				SignalLine.share("Key results that are outcomes", signals.outcomeKeyResults(),
						"read by the coach as a measurable change rather than a piece of work"),
				SignalLine.share("Objectives shared across teams", signals.crossTeamObjectives(),
						"owned by more than one team"),
				SignalLine.share("Retrospectives held", signals.retrospectivesHeld(),
						"of the cycles that could end with one"),
				new SignalLine("Spread of the scores",
						(signals.scoreSpread() != null)
								? String.format(java.util.Locale.ROOT, "%.2f", signals.scoreSpread()) : null,
						"the standard deviation of the objectives' scores: 0 when all score the same"));
	}

	/**
	 * One signal.
	 *
	 * @param name what it is
	 * @param value its value as read, {@code null} when there was nothing to measure
	 * @param meaning what it measures
	 */
	public record SignalLine(String name, String value, String meaning) {

		static SignalLine share(String name, Double share, String meaning) {
			return new SignalLine(name, (share != null) ? Math.round(share * 100) + " %" : null, meaning);
		}

	}

}
