package dev.lodestar.objectives.web.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * The options of the edit forms' selects: what an objective may contribute to, and who
 * may own a key result. Each takes two queries.
 */
@Component
public class FormChoices {

	private static final String NOW = "Now";

	private final Objectives objectives;

	private final People people;

	private final Teams teams;

	FormChoices(Objectives objectives, People people, Teams teams) {
		this.objectives = objectives;
		this.people = people;
		this.teams = teams;
	}

	/**
	 * What an objective of a team may contribute to: the objectives above it that are not
	 * archived, the company's first, then those of each team above, the nearest first (a
	 * company-wide objective may contribute to the company's others); and what it
	 * contributes to now, wherever that is. A handful of queries, however large the
	 * organisation.
	 */
	public Choices alignments(CycleId cycle, TeamId team, ObjectiveId except, Alignment current) {
		List<Team> above = (team != null) ? this.teams.ancestors(team) : List.of();
		List<Objective> candidates = this.objectives.openOfCompanyAnd(cycle, above.stream().map(Team::id).toList())
			.stream()
			.filter((objective) -> !objective.id().equals(except))
			.toList();
		Map<String, List<Choices.Choice>> groups = new LinkedHashMap<>();
		if (current != null && current.keyResultId() != null) {
			groups.put(NOW, List.of(new Choices.Choice(ObjectiveForm.TO_KEY_RESULT + current.keyResultId(),
					"The key result it contributes to now")));
		}
		if (current != null && current.objectiveId() != null
				&& candidates.stream().noneMatch((objective) -> objective.id().equals(current.objectiveId()))) {
			Objective now = this.objectives.getAll(List.of(current.objectiveId())).get(current.objectiveId());
			if (now != null) {
				add(groups, NOW, now);
			}
		}
		candidates.stream()
			.filter((objective) -> objective.teamId() == null)
			.forEach((objective) -> add(groups, "Company", objective));
		for (Team each : above) {
			candidates.stream()
				.filter((objective) -> each.id().equals(objective.teamId()))
				.forEach((objective) -> add(groups, each.name(), objective));
		}
		return new Choices(groups.entrySet()
			.stream()
			.map((group) -> new Choices.Group(group.getKey(), group.getValue()))
			.toList());
	}

	private static void add(Map<String, List<Choices.Choice>> groups, String label, Objective objective) {
		groups.computeIfAbsent(label, (key) -> new ArrayList<>())
			.add(new Choices.Choice(ObjectiveForm.TO_OBJECTIVE + objective.id(), objective.title()));
	}

	/**
	 * Who may own a key result of a team's objective: the team's members first, then
	 * everyone else.
	 */
	Choices owners(TeamId team) {
		Map<PersonId, String> everyone = this.people.everyone();
		Set<PersonId> members = (team != null) ? Set.copyOf(this.teams.view(team).memberIds()) : Set.of();
		List<Choices.Choice> inTeam = choices(everyone, members, true);
		List<Choices.Choice> others = choices(everyone, members, false);
		List<Choices.Group> groups = new ArrayList<>();
		if (!inTeam.isEmpty()) {
			groups.add(new Choices.Group("This team", inTeam));
		}
		groups.add(new Choices.Group(inTeam.isEmpty() ? "Everyone" : "Everyone else", others));
		return new Choices(groups);
	}

	private static List<Choices.Choice> choices(Map<PersonId, String> everyone, Collection<PersonId> members,
			boolean in) {
		return everyone.entrySet()
			.stream()
			.filter((person) -> members.contains(person.getKey()) == in)
			.map((person) -> new Choices.Choice(person.getKey().toString(), person.getValue()))
			.toList();
	}

}
