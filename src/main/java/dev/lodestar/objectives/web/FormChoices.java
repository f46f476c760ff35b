package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * The options of the edit forms' selects: what an objective may contribute to, and who
 * may own a key result. Each takes two queries.
 */
@Component
class FormChoices {

	private final Objectives objectives;

	private final People people;

	private final Teams teams;

	FormChoices(Objectives objectives, People people, Teams teams) {
		this.objectives = objectives;
		this.people = people;
		this.teams = teams;
	}

	/**
	 * What an objective of a cycle may contribute to: the cycle's other objectives that
	 * are not archived, the company's first, then each team's; and the key result it
	 * contributes to now, if it does.
	 */
	Choices alignments(CycleId cycle, ObjectiveId except, Alignment current) {
		List<Objective> candidates = this.objectives.inCycle(cycle)
			.stream()
			.filter((objective) -> objective.status() != ObjectiveStatus.ARCHIVED && !objective.id().equals(except))
			.toList();
		Map<TeamId, String> teamNames = this.teams
			.names(candidates.stream().map(Objective::teamId).filter(Objects::nonNull).distinct().toList());
		Map<String, List<Choices.Choice>> groups = new LinkedHashMap<>();
		if (current != null && current.keyResultId() != null) {
			groups.put("Now", List.of(new Choices.Choice(ObjectiveForm.TO_KEY_RESULT + current.keyResultId(),
					"The key result it contributes to now")));
		}
		candidates.stream()
			.filter((objective) -> objective.teamId() == null)
			.forEach((objective) -> add(groups, "Company", objective));
		candidates.stream()
			.filter((objective) -> objective.teamId() != null)
			.forEach((objective) -> add(groups, teamNames.getOrDefault(objective.teamId(), "Another team"), objective));
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
