package dev.lodestar.maturity;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an OKR program stands, by the cycles it has completed and what they show: the
 * benefits come in stages, and each has its own expectations.
 */
public enum Stage {

	/** Before a first cycle is completed: alignment and transparency come first. */
	FIRST_CYCLE("First cycle", List.of(
			"Alignment and transparency come first: teams see each other's objectives and how their work"
					+ " connects.",
			"Scores are often low and key results often describe work rather than outcomes: that is normal in"
					+ " a first cycle, not a verdict on anyone.",
			"Confidence is a guess while there are no baselines; the weekly check-in is where it gets" + " better.")),

	/** Cycles two and three: metrics and baselines are still being found. */
	LEARNING("Learning",
			List.of("The first decisions made on data: key results get baselines, and targets are set from them.",
					"Frictions with the old ways of planning and reporting surface; the retrospective is where they"
							+ " are named.",
					"Scores start to mean something: about 0.7 on an aspirational objective is success.")),

	/**
	 * Three cycles or more, with baselines known, check-ins kept up and retrospectives
	 * routine.
	 */
	MASTERY("Mastery",
			List.of("Baselines are known, so targets are ambitious and grounded.",
					"Objectives are shared across teams around customers' problems.",
					"Retrospectives are routine, and each cycle starts from what the last one taught."));

	private final String label;

	private final List<String> expectations;

	Stage(String label, List<String> expectations) {
		this.label = label;
		this.expectations = expectations;
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The stage's name as people read it. */
	public String label() {
		return this.label;
	}

	/** What to expect at this stage, so that its results are read for what they are. */
	public List<String> expectations() {
		return this.expectations;
	}

}
