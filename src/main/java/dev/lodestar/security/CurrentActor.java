package dev.lodestar.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;

/**
 * The person signed in for the current request, as an {@link Actor}, for code that is not
 * a controller method (which simply declares an {@code Actor} parameter).
 */
@Component
public class CurrentActor {

	private final People people;

	CurrentActor(People people) {
		this.people = people;
	}

	public Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return Optional.of(this.people.actorOf(ActorResolver.personId(authentication)));
	}

}
