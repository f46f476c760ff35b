package dev.lodestar.coach;

import java.util.List;

/**
 * One of the coach's rules of thumb. A rule reads a batch of drafts at once, because the
 * coach's summary of a cycle checks every objective in it: a rule that needs data from
 * the database reads it for the whole batch with a fixed number of statements, never one
 * per draft. A rule adds what it finds to {@link Findings}, against the draft it is
 * about.
 */
public interface CoachRule {

	/** The rule's name as the API shows it, such as {@code no-why}. */
	String name();

	/** Checks every draft of the batch and adds what it finds. */
	void check(List<Draft> drafts, Findings findings);

}
