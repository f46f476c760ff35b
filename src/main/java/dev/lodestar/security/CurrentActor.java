package dev.lodestar.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;

/**
 * The person signed in for the current request, as an {@link Actor}. Read from the
 * database once per request (so a changed role or lead takes effect at once), with the
 * token for an API call, and kept for the rest of it: the controller's {@code Actor}
 * parameter and the page's navigation share it.
 */
@Component
public class CurrentActor {

	private static final String ATTRIBUTE = CurrentActor.class.getName();

	private final People people;

	CurrentActor(People people) {
		this.people = people;
	}

	/**
	 * Keeps an actor read while authenticating the request (with its bearer token) as the
	 * request's own, so it is not read twice.
	 */
	static void remember(HttpServletRequest request, Actor actor) {
		request.setAttribute(ATTRIBUTE, actor);
	}

	/** The actor a bearer token authenticated for this request, if one did. */
	static Optional<Actor> rememberedIn(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Actor actor) ? Optional.of(actor) : Optional.empty();
	}

	public Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor actor) {
			return Optional.of(actor);
		}
		Optional<Actor> actor = this.people.activeActorOf(ActorResolver.personId(authentication));
		if (request != null && actor.isPresent()) {
			request.setAttribute(ATTRIBUTE, actor.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return actor;
	}

}
