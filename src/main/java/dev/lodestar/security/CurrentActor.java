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
import dev.lodestar.organization.SignedIn;
import dev.lodestar.organization.SignedInPeople;

/**
 * The person signed in for the current request, as an {@link Actor}. Read from the
 * database once per request (so a changed role or lead takes effect at once), with the
 * token for an API call, and kept for the rest of it: the controller's {@code Actor}
 * parameter and the page's navigation share it. In the web app it is read as a
 * {@link SignedIn}, in one statement with what the page's frame shows of the person.
 */
@Component
public class CurrentActor {

	private static final String ATTRIBUTE = CurrentActor.class.getName();

	private static final String SIGNED_IN = SignedIn.class.getName();

	private final SignedInPeople people;

	CurrentActor(SignedInPeople people) {
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
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && signedInPerson() != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor actor) {
			return Optional.of(actor);
		}
		return signedIn().map(SignedIn::actor);
	}

	/**
	 * The signed-in person with their teams and the figures of the page's frame, read
	 * once per request.
	 */
	public Optional<SignedIn> signedIn() {
		Authentication authentication = signedInPerson();
		if (authentication == null) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(SIGNED_IN, RequestAttributes.SCOPE_REQUEST) instanceof SignedIn signedIn) {
			return Optional.of(signedIn);
		}
		Optional<SignedIn> signedIn = this.people.active(ActorResolver.personId(authentication));
		if (request != null && signedIn.isPresent()) {
			request.setAttribute(SIGNED_IN, signedIn.get(), RequestAttributes.SCOPE_REQUEST);
			request.setAttribute(ATTRIBUTE, signedIn.get().actor(), RequestAttributes.SCOPE_REQUEST);
		}
		return signedIn;
	}

	private static Authentication signedInPerson() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}

}
