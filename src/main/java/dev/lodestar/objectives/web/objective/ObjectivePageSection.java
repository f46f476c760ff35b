package dev.lodestar.objectives.web.objective;

import org.springframework.modulith.NamedInterface;

import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.Actor;

/**
 * A section that another feature adds to an objective's page, below its head, without
 * this module knowing the feature: the page asks each section bean for what it shows of
 * the objective and renders the section's own fragment {@code objective-section(view)}
 * with it. A section reads what it shows with a fixed number of statements.
 */
@NamedInterface("objective-page")
public interface ObjectivePageSection {

	/**
	 * The template whose fragment {@code objective-section(view)} renders the section.
	 */
	String template();

	/**
	 * What the section shows of an objective for the person looking, or {@code null} to
	 * show nothing.
	 */
	Object view(Actor actor, Objective objective);

	/** A section as the page renders it: the section's template and what it shows. */
	record Shown(String template, Object view) {
	}

}
