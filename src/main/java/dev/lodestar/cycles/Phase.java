package dev.lodestar.cycles;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The phases of a cycle, in the order a cycle moves through them.
 */
public enum Phase {

	/** Design the program, bring in teams and people, train, announce. */
	PREPARE("Set up the program: teams, people, roles, and the cycle's dates."),

	/** Set company objectives, localise them in teams, align across teams, publish. */
	SET("Set and align: the company and its teams draft, align and publish their OKRs."),

	/**
	 * Check in weekly, calibrate on Mondays, celebrate on Fridays, close the biggest
	 * gaps.
	 */
	EXECUTE("Focus and execute: owners check in every week and teams course-correct."),

	/** Score, hold retrospectives, give feedback on the process, carry over or drop. */
	REFLECT("Reflect and reset: score the cycle, hold retrospectives, carry over what is unfinished."),

	/** Done: the cycle is read-only. */
	CLOSED("Closed: the cycle is kept as it ended and can no longer change.");

	private final String purpose;

	Phase(String purpose) {
		this.purpose = purpose;
	}

	/** One line on what the phase is for. */
	public String purpose() {
		return this.purpose;
	}

	/** The phase after this one; a closed cycle has none. */
	public Phase next() {
		return (this == CLOSED) ? null : values()[ordinal() + 1];
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
