package dev.lodestar.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;

/**
 * Hands a controller method that asks for an {@link Actor} the signed-in person (see
 * {@link CurrentActor}).
 */
@Component
class ActorResolver implements HandlerMethodArgumentResolver {

	private final CurrentActor currentActor;

	ActorResolver(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Actor.class);
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return this.currentActor.get()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	static PersonId personId(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
			return person.personId();
		}
		if (authentication != null && authentication.getPrincipal() instanceof PersonId person) {
			return person;
		}
		throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
	}

}
