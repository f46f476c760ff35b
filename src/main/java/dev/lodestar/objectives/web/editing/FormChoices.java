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
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.objectives.web.MetricLabels;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;

/**
 * The options of the edit forms: what an objective may contribute to, and who may own a
 * key result; each takes a handful of queries however large the organisation.
 */
@Component
public class FormChoices {

	/** The most matches the parent search shows. */
	static final int MATCHES = 20;

	/** The most teams the search for a team to share with shows. */
	static final int TEAM_MATCHES = 10;

	private final Objectives objectives;

	private final People people;

	private final Teams teams;

	private final Metrics metrics;

	FormChoices(Objectives objectives, People people, Teams teams, Metrics metrics) {
		this.metrics = metrics;
		this.objectives = objectives;
		this.people = people;
		this.teams = teams;
	}

	/**
	 * The parents of an objective's form: the links typed so far with the titles of what
	 * they point at, and what may be added: the objectives and key results of the cycle
	 * that match the words typed, or without words those of the company and of the teams
	 * above the objective's; the company's first, then the teams above (the nearest
	 * first), then the others. Four queries, however large the organisation.
	 */
	public ParentPicker parents(CycleId cycle, TeamId team, ObjectiveId except, ObjectiveForm form) {
		List<Alignment> chosen = form.targets();
		Map<Alignment, String> titles = this.objectives.titlesOf(chosen);
		List<ParentPicker.Row> rows = new ArrayList<>();
		for (int i = 0; i < form.parent().size(); i++) {
			String value = form.parent().get(i);
			String label = chosen.stream()
				.filter((to) -> ObjectiveForm.value(to).equals(value.strip()))
				.findFirst()
				.map(titles::get)
				.orElse("Something that no longer exists");
			rows.add(new ParentPicker.Row(i, value, label, form.weight().get(i)));
		}
		return new ParentPicker(rows, (form.parentQuery() != null) ? form.parentQuery() : "",
				matches(cycle, team, except, form.parentQuery(), chosen), ParentPicker.searchUrl(cycle, team, except));
	}

	List<Choices.Group> matches(CycleId cycle, TeamId team, ObjectiveId except, String words, List<Alignment> chosen) {
		List<Team> above = (team != null) ? this.teams.ancestors(team) : List.of();
		List<Objectives.Candidate> found = this.objectives
			.candidates(cycle, team, above.stream().map(Team::id).toList(), except, words, MATCHES)
			.stream()
			.filter((candidate) -> !chosen.contains(candidate.to()))
			.toList();
		List<TeamId> others = found.stream()
			.map(Objectives.Candidate::teamId)
			.filter((id) -> id != null && above.stream().noneMatch((each) -> each.id().equals(id)))
			.distinct()
			.toList();
		Map<TeamId, String> names = others.isEmpty() ? Map.of() : this.teams.names(others);
		Map<String, List<Choices.Choice>> groups = new LinkedHashMap<>();
		found.stream().filter((candidate) -> candidate.teamId() == null).forEach((c) -> add(groups, "Company", c));
		found.stream()
			.filter(Objectives.Candidate::sharedWithTeam)
			.forEach((c) -> add(groups, "Shared objectives of this team", c));
		for (Team each : above) {
			found.stream()
				.filter((candidate) -> !candidate.sharedWithTeam() && each.id().equals(candidate.teamId()))
				.forEach((c) -> add(groups, each.name(), c));
		}
		for (TeamId other : others) {
			found.stream()
				.filter((candidate) -> !candidate.sharedWithTeam() && other.equals(candidate.teamId()))
				.forEach((c) -> add(groups, names.getOrDefault(other, "Another team"), c));
		}
		return groups.entrySet().stream().map((group) -> new Choices.Group(group.getKey(), group.getValue())).toList();
	}

	private static void add(Map<String, List<Choices.Choice>> groups, String label, Objectives.Candidate candidate) {
		groups.computeIfAbsent(label, (key) -> new ArrayList<>())
			.add(new Choices.Choice(ObjectiveForm.value(candidate.to()),
					((candidate.to().keyResultId() != null) ? "Key result: " : "") + candidate.title()));
	}

	/**
	 * The teams of an objective's form: its first team, those it is shared with as typed
	 * (named, or said to be no team), and the teams whose name matches what was typed
	 * into the search, at most {@link #TEAM_MATCHES}, without the owners. Two queries,
	 * however many teams there are.
	 */
	public SharingPicker sharing(Objective objective, ObjectiveForm form) {
		List<TeamId> typed = form.sharedWith(new java.util.HashMap<>());
		List<TeamId> known = new ArrayList<>(typed);
		if (objective.teamId() != null) {
			known.add(objective.teamId());
		}
		Map<TeamId, String> names = this.teams.names(known);
		List<SharingPicker.Row> rows = new ArrayList<>();
		for (int i = 0; i < form.owner().size(); i++) {
			String value = form.owner().get(i);
			String label = typed.stream()
				.filter((team) -> team.toString().equalsIgnoreCase(value.strip()))
				.findFirst()
				.map((team) -> names.getOrDefault(team, "Not a known team"))
				.orElse("Not a team");
			rows.add(new SharingPicker.Row(i, value, label));
		}
		List<TeamId> owners = new ArrayList<>(known);
		List<SharingPicker.Match> matches = this.teams.named(form.teamQuery(), TEAM_MATCHES + owners.size())
			.stream()
			.filter((team) -> !owners.contains(team.id()))
			.limit(TEAM_MATCHES)
			.map((team) -> new SharingPicker.Match(team.id().toString(), team.name()))
			.toList();
		return new SharingPicker(names.getOrDefault(objective.teamId(), "A removed team"), rows,
				(form.teamQuery() != null) ? form.teamQuery() : "", matches, SharingPicker.searchUrl(objective.id()));
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

	/**
	 * The metrics a key result may track, by name, each with its unit and latest value:
	 * three queries.
	 */
	public Choices metrics() {
		List<Choices.Choice> choices = this.metrics.list(Paging.of(Paging.MAX_LIMIT, 0L))
			.items()
			.stream()
			.map((summary) -> new Choices.Choice(summary.metric().id().toString(), MetricLabels.choice(summary)))
			.toList();
		return choices.isEmpty() ? Choices.none() : new Choices(List.of(new Choices.Group("Metrics", choices)));
	}

}
