package dev.lodestar.objectives.web.team;

import org.springframework.modulith.NamedInterface;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;

/**
 * A section that another feature adds to a team's page, below its objectives, without
 * this module knowing the feature: the page asks each section bean for what it shows of
 * the team in the chosen cycle and renders the section's own fragment with it. A section
 * reads what it shows with a fixed number of statements, so the page's count stays the
 * same however much the section holds.
 */
@NamedInterface("team-page")
public interface TeamPageSection {

	/**
	 * The template whose fragment {@code team-section(view)} renders the section, such as
	 * {@code dependencies/team}.
	 */
	String template();

	/** What the section shows of a team in a cycle, for the person looking. */
	Object view(Actor actor, TeamId team, Cycle cycle);

	/**
	 * A section as the page renders it: the section's template and what it shows.
	 */
	record Shown(String template, Object view) {
	}

}
