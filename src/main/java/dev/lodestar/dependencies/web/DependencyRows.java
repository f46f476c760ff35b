package dev.lodestar.dependencies.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * Makes the rows of dependencies for a page, reading the names they show in bulk: the
 * teams' names and the key results' titles take one statement each, however many rows.
 */
@Component
class DependencyRows {

	private final Teams teams;

	private final KeyResults keyResults;

	DependencyRows(Teams teams, KeyResults keyResults) {
		this.teams = teams;
		this.keyResults = keyResults;
	}

	/**
	 * The rows of some dependencies.
	 * @param open whether their cycle is open, so that they may still be decided
	 * @param back where each row's decision form returns to without JavaScript
	 * @param names the teams' names when the page has them already, else {@code null}
	 */
	List<DependencyRow> rows(List<Dependency> dependencies, Actor actor, boolean open,
			Function<Dependency, String> back, Map<TeamId, String> names) {
		if (dependencies.isEmpty()) {
			return List.of();
		}
		Map<TeamId, String> teamNames = (names != null) ? names
				: this.teams.names(dependencies.stream()
					.flatMap((dependency) -> Stream.of(dependency.fromTeamId(), dependency.toTeamId()))
					.distinct()
					.toList());
		Map<KeyResultId, KeyResult> keyResults = titles(dependencies);
		return dependencies.stream()
			.map((dependency) -> DependencyRow.of(dependency, teamNames.getOrDefault(dependency.fromTeamId(), "?"),
					teamNames.getOrDefault(dependency.toTeamId(), "?"), title(keyResults, dependency),
					open && dependency.decidableBy(actor), back.apply(dependency)))
			.toList();
	}

	DependencyRow row(Dependency dependency, Actor actor, boolean open, String back) {
		return rows(List.of(dependency), actor, open, (each) -> back, null).get(0);
	}

	private Map<KeyResultId, KeyResult> titles(List<Dependency> dependencies) {
		List<KeyResultId> ids = dependencies.stream()
			.map(Dependency::keyResultId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return ids.isEmpty() ? new HashMap<>() : this.keyResults.getAll(ids);
	}

	private static String title(Map<KeyResultId, KeyResult> keyResults, Dependency dependency) {
		KeyResult keyResult = (dependency.keyResultId() != null) ? keyResults.get(dependency.keyResultId()) : null;
		return (keyResult != null) ? keyResult.title() : null;
	}

}
