package dev.lodestar.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.Person;

/**
 * Signs a person in to the web app without the sign-in form, after they proved who they
 * are another way (by a link mailed to them, and a new password): the session gets a new
 * id first (so a session planted before cannot ride along), then keeps the signed-in
 * person like the sign-in form does.
 */
@Component
public class SessionSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Signs the person in on this request's session; a person who may not sign in (not
	 * active) is refused with an {@link IllegalStateException}.
	 */
	public void signIn(Person person, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = new SignedInPerson(person);
		if (!user.isEnabled()) {
			throw new IllegalStateException("Only an active person with a password signs in");
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		else {
			request.getSession(true);
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
