package dev.lodestar.organization.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.TeamId;

/**
 * A person as the people page lists them: role, status (invited, active, deactivated) and
 * the names of their teams.
 */
record PersonRow(String id, String name, String email, String role, String status, List<String> teams, long version) {

	static PersonRow of(PersonView view, Map<TeamId, String> teamNames) {
		return new PersonRow(view.person().id().toString(), view.person().name(), view.person().email(),
				view.person().role().value(), view.person().status().value(),
				view.teamIds().stream().map(teamNames::get).sorted().toList(), view.person().version());
	}

}
