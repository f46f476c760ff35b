package dev.lodestar.maturity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.navigation.MenuEntries;
import dev.lodestar.navigation.Navigation;
import dev.lodestar.organization.Actor;

/**
 * The menu's entry "Program" for champions and admins; it reads nothing, as every page
 * pays for the menu.
 */
@Component
class ProgramMenu implements MenuEntries {

	@Override
	public List<Navigation.MenuEntry> entriesFor(Actor actor) {
		return actor.runsProgram() ? List.of(new Navigation.MenuEntry("Program", "/program", 0)) : List.of();
	}

}
