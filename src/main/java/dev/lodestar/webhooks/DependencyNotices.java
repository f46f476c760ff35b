package dev.lodestar.webhooks;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * Tells of what teams ask of each other: {@code dependency.requested} and
 * {@code dependency.decided}.
 */
@Component
class DependencyNotices {

	private final Cycles cycles;

	private final Teams teams;

	private final People people;

	private final KeyResults keyResults;

	private final Links links;

	private final Clock clock;

	DependencyNotices(Cycles cycles, Teams teams, People people, KeyResults keyResults, Links links, Clock clock) {
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.keyResults = keyResults;
		this.links = links;
		this.clock = clock;
	}

	Notice of(WebhookEvent event, Dependency dependency, PersonId by) {
		Cycle cycle = this.cycles.get(dependency.cycleId());
		Map<TeamId, String> names = this.teams.names(List.of(dependency.fromTeamId(), dependency.toTeamId()));
		String from = names.getOrDefault(dependency.fromTeamId(), "A team");
		String to = names.getOrDefault(dependency.toTeamId(), "a team");
		String who = this.people.names(List.of(by)).getOrDefault(by, "Someone");
		KeyResult keyResult = (dependency.keyResultId() != null)
				? this.keyResults.getAll(List.of(dependency.keyResultId())).get(dependency.keyResultId()) : null;
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Cycle", cycle.name());
		facts.put("Asking team", from);
		facts.put("Asked team", to);
		if (keyResult != null) {
			facts.put("For", keyResult.title());
		}
		if (dependency.dueDate() != null) {
			facts.put("Needed by", dependency.dueDate().toString());
		}
		facts.put("Status", dependency.status().value());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("dependency", data(dependency, cycle, from, to, keyResult));
		boolean decided = event == WebhookEvent.DEPENDENCY_DECIDED;
		data.put(decided ? "decidedBy" : "requestedBy", CheckInNotices.person(by, who));
		String sentence = decided
				? who + " " + dependency.status().value() + " for " + to + " what " + from + " asked: “"
						+ dependency.description() + "”"
						+ ((dependency.note() != null) ? " — " + dependency.note() : "") + "."
				: who + " asked " + to + " on behalf of " + from + ": “" + dependency.description() + "”.";
		return new Notice(event, this.clock.instant(),
				decided ? "Dependency " + dependency.status().value() : "Dependency requested", sentence,
				this.links.dependencies(cycle.id()), "Open the cycle's dependencies", facts, data);
	}

	private Map<String, Object> data(Dependency dependency, Cycle cycle, String from, String to, KeyResult keyResult) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", dependency.id().toString());
		data.put("cycleId", cycle.id().toString());
		data.put("cycle", cycle.name());
		data.put("fromTeamId", dependency.fromTeamId().toString());
		data.put("fromTeam", from);
		data.put("toTeamId", dependency.toTeamId().toString());
		data.put("toTeam", to);
		data.put("keyResult", (keyResult != null) ? PlanNotices.keyResult(keyResult, this.links) : null);
		data.put("description", dependency.description());
		data.put("dueDate", (dependency.dueDate() != null) ? dependency.dueDate().toString() : null);
		data.put("status", dependency.status().value());
		data.put("note", dependency.note());
		data.put("link", this.links.team(dependency.toTeamId(), cycle.id()));
		return data;
	}

}
