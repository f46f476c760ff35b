package dev.lodestar.maturity;

/**
 * What the data says of a program over its last closed cycles (at most three), each a
 * share from 0.0 to 1.0, or {@code null} when there is nothing to measure it on.
 *
 * @param checkInRegularity the mean over key results of the share of their cycle's weeks
 * in which they got at least one check-in (roll-ups left out)
 * @param keyResultsWithBaseline the share of key results that started from something
 * known: carried over from an earlier cycle, tracking a metric, or a metric or percentage
 * whose start is not zero
 * @param outcomeKeyResults the share of key results the coach reads as a measurable
 * change rather than a piece of work
 * @param crossTeamObjectives the share of the teams' objectives owned by more than one
 * team
 * @param retrospectivesHeld the share of a team's cycles (for the organisation, of every
 * team's cycles with objectives) that ended with a retrospective marked as held
 * @param scoreSpread the standard deviation of the objectives' scores (0 to 0.5; all the
 * same scores 0), {@code null} with fewer than two scored objectives
 */
public record Signals(Double checkInRegularity, Double keyResultsWithBaseline, Double outcomeKeyResults,
		Double crossTeamObjectives, Double retrospectivesHeld, Double scoreSpread) {

	/** Nothing measured: no closed cycle yet. */
	public static final Signals NONE = new Signals(null, null, null, null, null, null);

}
