package dev.lodestar.maturity;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a team or the organisation stands in its OKR program, computed from the data and
 * never typed in: the stage, the cycles completed, the signals that put it there, what to
 * expect at this stage and the two or three things to focus on next.
 *
 * <p>
 * The stage follows the cycles completed: none is a first cycle; one or two is learning;
 * three or more is mastery once the signals show it (at least half the key results with a
 * baseline, at least 60 % of the weeks checked in, retrospectives at two cycles in
 * three), and learning until then.
 *
 * @param stage the stage
 * @param cyclesCompleted the closed cycles with objectives
 * @param signals the signals of the last closed cycles (at most three)
 * @param expectations what to expect at this stage
 * @param focus what to work on next, most useful first, two or three
 */
public record Maturity(Stage stage, int cyclesCompleted, Signals signals, List<String> expectations,
		List<String> focus) {

	/** The cycles completed from which mastery may be reached. */
	static final int MASTERY_CYCLES = 3;

	static final double REGULAR_MIN = 0.6;

	static final double BASELINES_MIN = 0.5;

	static final double OUTCOMES_MIN = 0.6;

	static final double RETROSPECTIVES_MIN = 2.0 / 3;

	static final double CROSS_TEAM_MIN = 0.1;

	private static final int FOCUS_MAX = 3;

	/** The maturity that the cycles completed and their signals show. */
	public static Maturity of(int cyclesCompleted, Signals signals) {
		Stage stage = stage(cyclesCompleted, signals);
		return new Maturity(stage, cyclesCompleted, signals, stage.expectations(), focus(stage, signals));
	}

	static Stage stage(int cyclesCompleted, Signals signals) {
		if (cyclesCompleted == 0) {
			return Stage.FIRST_CYCLE;
		}
		if (cyclesCompleted < MASTERY_CYCLES) {
			return Stage.LEARNING;
		}
		boolean mastered = atLeast(signals.keyResultsWithBaseline(), BASELINES_MIN)
				&& atLeast(signals.checkInRegularity(), REGULAR_MIN)
				&& atLeast(signals.retrospectivesHeld(), RETROSPECTIVES_MIN);
		return mastered ? Stage.MASTERY : Stage.LEARNING;
	}

	/**
	 * What to work on next: the signals below where a program at this stage should have
	 * them, in the order that matters at this stage, at most three; before any cycle is
	 * completed, the habits a first cycle builds.
	 */
	static List<String> focus(Stage stage, Signals signals) {
		List<String> focus = new ArrayList<>();
		if (stage == Stage.FIRST_CYCLE) {
			focus.add("Keep to one to five objectives per team, each with two to five key results that carry a"
					+ " number.");
			focus.add("Check in every week on every key result, with an honest confidence.");
			focus.add("End the cycle with a retrospective: what worked, what did not, what changes.");
			return focus;
		}
		List<Check> order = switch (stage) {
			case LEARNING ->
				List.of(Check.BASELINES, Check.REGULARITY, Check.OUTCOMES, Check.RETROSPECTIVES, Check.CROSS_TEAM);
			default ->
				List.of(Check.CROSS_TEAM, Check.BASELINES, Check.RETROSPECTIVES, Check.REGULARITY, Check.OUTCOMES);
		};
		for (Check check : order) {
			String advice = check.advice(signals);
			if (advice != null && focus.size() < FOCUS_MAX) {
				focus.add(advice);
			}
		}
		if (focus.isEmpty()) {
			focus.add("Keep the rhythm: every signal is where a mature program has it. Raise the ambition of the"
					+ " aspirational objectives.");
		}
		return focus;
	}

	private static boolean atLeast(Double value, double threshold) {
		return value != null && value >= threshold - 1e-9;
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

	/** A signal checked against where it should be, with what to do when it is not. */
	private enum Check {

		REGULARITY {
			@Override
			String advice(Signals signals) {
				Double value = signals.checkInRegularity();
				return (value == null || atLeast(value, REGULAR_MIN)) ? null
						: "Check in every week: " + percent(value) + " of the key results' weeks had a check-in in"
								+ " the last cycles, and the weekly meeting can only help with what it knows.";
			}
		},

		BASELINES {
			@Override
			String advice(Signals signals) {
				Double value = signals.keyResultsWithBaseline();
				return (value == null || atLeast(value, BASELINES_MIN)) ? null : "Find baselines: " + percent(value)
						+ " of the key results started from a known value."
						+ " Measure the start before committing to a target, and track the measures you come back to"
						+ " as metrics.";
			}
		},

		OUTCOMES {
			@Override
			String advice(Signals signals) {
				Double value = signals.outcomeKeyResults();
				return (value == null || atLeast(value, OUTCOMES_MIN)) ? null
						: "Write key results as outcomes: " + percent(value) + " read as a measurable change rather"
								+ " than a piece of work. The coach points out the others as you write.";
			}
		},

		RETROSPECTIVES {
			@Override
			String advice(Signals signals) {
				Double value = signals.retrospectivesHeld();
				return (value == null || atLeast(value, RETROSPECTIVES_MIN)) ? null
						: "Hold a retrospective at the end of every cycle: " + percent(value) + " were held in the last"
								+ " cycles.";
			}
		},

		CROSS_TEAM {
			@Override
			String advice(Signals signals) {
				Double value = signals.crossTeamObjectives();
				return (value == null || atLeast(value, CROSS_TEAM_MIN)) ? null
						: "Share an objective with a team you depend on: " + percent(value) + " of the objectives are"
								+ " owned by more than one team.";
			}
		};

		abstract String advice(Signals signals);

	}

}
