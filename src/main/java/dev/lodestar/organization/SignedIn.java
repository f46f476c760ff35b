package dev.lodestar.organization;

import java.util.List;
import java.util.Map;

/**
 * The signed-in person as one request sees them, read in one statement: the {@link Actor}
 * (their role and the teams they lead), their name, the teams they belong to with the
 * teams' names, and the {@link SignedInFigure figures} other features ask for.
 *
 * @param actor who acts
 * @param name their name
 * @param teams the teams they belong to, by name
 * @param figures the figures of the {@link SignedInFigure}s, by name
 */
public record SignedIn(Actor actor, String name, List<Membership> teams, Map<String, Long> figures) {

	public SignedIn {
		teams = List.copyOf(teams);
		figures = Map.copyOf(figures);
	}

	/** A figure by its {@link SignedInFigure#name() name}; 0 if no feature gives it. */
	public long figure(String name) {
		return this.figures.getOrDefault(name, 0L);
	}

	/**
	 * A team the person belongs to.
	 *
	 * @param id the team
	 * @param name its name
	 * @param lead whether the person leads it
	 */
	public record Membership(TeamId id, String name, boolean lead) {
	}

}
