package dev.lodestar.dependencies.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.team.TeamPageSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;

/**
 * The dependencies section of a team's page: a fixed handful of statements (the team's
 * dependencies, the teams' names, the key results' titles, and for those who may ask the
 * team's key results), however many dependencies the team has.
 */
@Component
class TeamDependencies implements TeamPageSection {

	private final Dependencies dependencies;

	private final DependencyRows rows;

	private final Objectives objectives;

	TeamDependencies(Dependencies dependencies, DependencyRows rows, Objectives objectives) {
		this.dependencies = dependencies;
		this.rows = rows;
		this.objectives = objectives;
	}

	@Override
	public String template() {
		return "dependencies/team";
	}

	@Override
	public TeamSection view(Actor actor, TeamId team, Cycle cycle) {
		return section(actor, team, cycle, AskForm.empty(), Map.of());
	}

	TeamSection section(Actor actor, TeamId team, Cycle cycle, AskForm form, Map<String, String> errors) {
		List<Dependency> found = this.dependencies.ofTeam(cycle.id(), team);
		String back = back(team, cycle);
		List<DependencyRow> all = this.rows.rows(found, actor, !cycle.isClosed(), (dependency) -> back, null);
		boolean mayAsk = !cycle.isClosed() && Dependency.requestableBy(actor, team);
		return new TeamSection(team.toString(), cycle.id().toString(), cycle.name(),
				all.stream().filter((row) -> row.fromTeamId().equals(team.toString())).toList(),
				all.stream().filter((row) -> row.toTeamId().equals(team.toString())).toList(), mayAsk, form, errors,
				mayAsk ? keyResults(team, cycle) : List.of());
	}

	/** The team's page in the cycle, at its dependencies. */
	static String back(TeamId team, Cycle cycle) {
		return UriComponentsBuilder.fromPath("/teams/{team}")
			.queryParam("cycle", cycle.id().toString())
			.fragment("team-dependencies")
			.buildAndExpand(team.toString())
			.toUriString();
	}

	private List<TeamSection.Option> keyResults(TeamId team, Cycle cycle) {
		return this.objectives.list(cycle.id(), team, new Paging(Paging.MAX_LIMIT, 0))
			.items()
			.stream()
			.flatMap((view) -> view.keyResults()
				.stream()
				.map((keyResult) -> new TeamSection.Option(keyResult.id().toString(),
						keyResult.title() + " (" + view.objective().title() + ")")))
			.toList();
	}

}
