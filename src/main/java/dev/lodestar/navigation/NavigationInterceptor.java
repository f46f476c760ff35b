package dev.lodestar.navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.cycles.Cycles;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.SignedIn;
import dev.lodestar.security.CurrentActor;

/**
 * Adds the {@link Navigation} to every whole page a signed-in person gets; fragments that
 * htmx swaps into a page, redirects and API answers go without it.
 */
@Component
class NavigationInterceptor implements HandlerInterceptor {

	/**
	 * The name of the unread notifications' figure of the signed-in person (given by the
	 * conversations feature).
	 */
	static final String UNREAD = "unread_notifications";

	private final CurrentActor currentActor;

	private final Cycles cycles;

	private final Clock clock;

	private final List<MenuEntries> entries;

	NavigationInterceptor(CurrentActor currentActor, Cycles cycles, Clock clock, List<MenuEntries> entries) {
		this.entries = entries;
		this.currentActor = currentActor;
		this.cycles = cycles;
		this.clock = clock;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().contains("::")
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		this.currentActor.signedIn().ifPresent((signedIn) -> page.addObject("nav", navigation(signedIn, request)));
	}

	/**
	 * The frame of the page from the signed-in person as read for this request (their
	 * name, teams and unread notifications in one statement) and the current cycle, which
	 * this instance keeps until the cycles' version read with the person changes.
	 */
	private Navigation navigation(SignedIn signedIn, HttpServletRequest request) {
		Actor actor = signedIn.actor();
		var cycle = this.cycles.current(LocalDate.now(this.clock), signedIn.figure(Cycles.VERSION_FIGURE))
			.map((current) -> new Navigation.CurrentCycle(current.id().toString(), current.name(),
					current.phase().value(), current.phase().purpose()))
			.orElse(null);
		List<Navigation.TeamLink> teams = signedIn.teams()
			.stream()
			.map((team) -> new Navigation.TeamLink(team.id().toString(), team.name()))
			.sorted(Comparator.comparing(Navigation.TeamLink::name))
			.toList();
		return new Navigation(signedIn.name(), actor.runsProgram(), actor.isAdmin(), cycle, teams,
				signedIn.figure(UNREAD),
				this.entries.stream().flatMap((entries) -> entries.entriesFor(actor).stream()).toList(),
				request.getRequestURI().substring(request.getContextPath().length()));
	}

}
