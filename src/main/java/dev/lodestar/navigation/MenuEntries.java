package dev.lodestar.navigation;

import java.util.List;

import dev.lodestar.organization.Actor;

/**
 * Entries that another feature adds to the menu, without the navigation knowing the
 * feature: each bean says which entries a person sees, with a count of what waits for
 * them there. An implementation reads them with a fixed number of statements, as every
 * page pays for them.
 */
public interface MenuEntries {

	/** The entries this person sees; none is fine. */
	List<Navigation.MenuEntry> entriesFor(Actor actor);

}
