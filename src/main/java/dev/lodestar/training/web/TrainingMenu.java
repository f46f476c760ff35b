package dev.lodestar.training.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.navigation.MenuEntries;
import dev.lodestar.navigation.Navigation;
import dev.lodestar.organization.Actor;

/**
 * The menu's entry "Training", for everyone; it reads nothing, as every page pays for the
 * menu (My week invites the person until they are done).
 */
@Component
class TrainingMenu implements MenuEntries {

	@Override
	public List<Navigation.MenuEntry> entriesFor(Actor actor) {
		return List.of(new Navigation.MenuEntry("Training", "/training", 0));
	}

}
