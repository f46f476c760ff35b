package dev.lodestar.navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.conversations.Notifications;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Teams;
import dev.lodestar.security.CurrentActor;

/**
 * Adds the {@link Navigation} to every whole page a signed-in person gets; fragments that
 * htmx swaps into a page, redirects and API answers go without it.
 */
@Component
class NavigationInterceptor implements HandlerInterceptor {

	private final CurrentActor currentActor;

	private final People people;

	private final Teams teams;

	private final Cycles cycles;

	private final Notifications notifications;

	private final Clock clock;

	private final List<MenuEntries> entries;

	NavigationInterceptor(CurrentActor currentActor, People people, Teams teams, Cycles cycles,
			Notifications notifications, Clock clock, List<MenuEntries> entries) {
		this.entries = entries;
		this.currentActor = currentActor;
		this.people = people;
		this.teams = teams;
		this.cycles = cycles;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().contains("::")
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		this.currentActor.get().ifPresent((actor) -> page.addObject("nav", navigation(actor, request)));
	}

	private Navigation navigation(Actor actor, HttpServletRequest request) {
		var person = this.people.view(actor.personId());
		var cycle = this.cycles.current(LocalDate.now(this.clock))
			.map((current) -> new Navigation.CurrentCycle(current.id().toString(), current.name(),
					current.phase().value(), current.phase().purpose()))
			.orElse(null);
		List<Navigation.TeamLink> teams = this.teams.names(person.teamIds())
			.entrySet()
			.stream()
			.map((team) -> new Navigation.TeamLink(team.getKey().toString(), team.getValue()))
			.sorted(java.util.Comparator.comparing(Navigation.TeamLink::name))
			.toList();
		return new Navigation(person.person().name(), actor.runsProgram(), actor.isAdmin(), cycle, teams,
				this.notifications.unread(actor.personId()),
				this.entries.stream().flatMap((entries) -> entries.entriesFor(actor).stream()).toList(),
				request.getRequestURI().substring(request.getContextPath().length()));
	}

}
