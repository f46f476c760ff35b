package dev.lodestar.objectives.web.myweek;

import org.springframework.modulith.NamedInterface;

import dev.lodestar.organization.Actor;

/**
 * A section that another feature adds to My week, above the check-ins, without this
 * module knowing the feature: what waits for the person there. The page renders the
 * section's fragment {@code my-week-section(view)}; a section with nothing to show
 * answers {@code null}. A section reads what it shows with a fixed number of statements.
 */
@NamedInterface("my-week")
public interface MyWeekSection {

	/** The template whose fragment {@code my-week-section(view)} renders the section. */
	String template();

	/** What the section shows this person, or {@code null} for nothing. */
	Object view(Actor actor);

	/** A section as the page renders it: the section's template and what it shows. */
	record Shown(String template, Object view) {
	}

}
