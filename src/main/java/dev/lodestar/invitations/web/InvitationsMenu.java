package dev.lodestar.invitations.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.navigation.MenuEntries;
import dev.lodestar.navigation.Navigation;
import dev.lodestar.organization.Actor;

/**
 * The menu's entry "Invitations" for admins and champions. It shows no count, so that it
 * costs every page no statement; the page itself counts the invitations by status.
 */
@Component
class InvitationsMenu implements MenuEntries {

	@Override
	public List<Navigation.MenuEntry> entriesFor(Actor actor) {
		if (!actor.runsProgram()) {
			return List.of();
		}
		return List.of(new Navigation.MenuEntry("Invitations", "/admin/invitations", 0));
	}

}
