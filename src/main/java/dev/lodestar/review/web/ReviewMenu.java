package dev.lodestar.review.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.navigation.MenuEntries;
import dev.lodestar.navigation.Navigation;
import dev.lodestar.organization.Actor;
import dev.lodestar.review.Reviews;

/**
 * The menu's entry "Reviews" with the number of objectives waiting for the person's
 * review: for whoever may review something while review is required, and for anyone
 * something still waits for after it was switched off.
 */
@Component
class ReviewMenu implements MenuEntries {

	private final Reviews reviews;

	ReviewMenu(Reviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<Navigation.MenuEntry> entriesFor(Actor actor) {
		if (!actor.mayWrite() || (!actor.runsProgram() && actor.ledTeams().isEmpty())) {
			return List.of();
		}
		int waiting = this.reviews.waitingFor(actor).size();
		if (waiting == 0 && !this.reviews.required()) {
			return List.of();
		}
		return List.of(new Navigation.MenuEntry("Reviews", "/reviews", waiting));
	}

}
