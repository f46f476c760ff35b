package dev.lodestar.organization.api;

import java.util.List;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;

/**
 * A person as the API shows them; never their password.
 */
record PersonResource(PersonId id, String name, String email, Role role, PersonStatus status, List<TeamId> teamIds,
		long version) {

	static PersonResource of(PersonView view) {
		var person = view.person();
		return new PersonResource(person.id(), person.name(), person.email(), person.role(), person.status(),
				view.teamIds(), person.version());
	}

}
