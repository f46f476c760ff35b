package dev.lodestar.objectives.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.TeamId;

/**
 * The teams that own an objective as the pages name and link them: one team, several for
 * a shared objective (the first team first), or none for a company-wide one.
 */
public record Owners(List<Team> teams) {

	/** How a team the objective names reads once the team is gone. */
	static final String REMOVED = "A removed team";

	public static Owners of(Objective objective, Map<TeamId, String> names) {
		return new Owners(objective.teamIds()
			.stream()
			.map((id) -> new Team(id.toString(), names.getOrDefault(id, REMOVED)))
			.toList());
	}

	/** Every team owning some objectives, to read their names in one query. */
	public static Set<TeamId> teamsOf(Collection<Objective> objectives) {
		return objectives.stream()
			.filter(java.util.Objects::nonNull)
			.flatMap((objective) -> objective.teamIds().stream())
			.collect(Collectors.toSet());
	}

	/**
	 * The owners' names in a phrase: "Payments", "Support and Data", "Sales, Support and
	 * Data"; "Company-wide" without a team.
	 */
	public static String names(Objective objective, Map<TeamId, String> names) {
		return of(objective, names).names();
	}

	public String names() {
		return this.teams.isEmpty() ? "Company-wide" : phrase(this.teams.stream().map(Team::name).toList());
	}

	public boolean shared() {
		return this.teams.size() > 1;
	}

	/** The owners other than a team (the one whose page shows the objective). */
	public Owners besides(String teamId) {
		return new Owners(this.teams.stream().filter((team) -> !team.id().equals(teamId)).toList());
	}

	/** What follows the name at an index in a phrase: ", ", " and ", or nothing. */
	public String after(int index) {
		return separator(index, this.teams.size());
	}

	static String separator(int index, int size) {
		return (index >= size - 1) ? "" : (index == size - 2) ? " and " : ", ";
	}

	static String phrase(List<String> names) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			text.append(names.get(i)).append(separator(i, names.size()));
		}
		return text.toString();
	}

	/**
	 * One owning team: its id and name, and its page.
	 */
	public record Team(String id, String name) {

		public String href() {
			return "/teams/" + this.id;
		}

	}

}
