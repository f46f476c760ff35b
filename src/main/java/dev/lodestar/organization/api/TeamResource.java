package dev.lodestar.organization.api;

import java.util.List;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;

/**
 * A team as the API shows it: its place in the tree, its leads and its members (leads
 * included).
 */
record TeamResource(TeamId id, String name, TeamId parentId, List<PersonId> leadIds, List<PersonId> memberIds,
		long version) {

	static TeamResource of(TeamView view) {
		var team = view.team();
		return new TeamResource(team.id(), team.name(), team.parentId(), view.leadIds(), view.memberIds(),
				team.version());
	}

}
