package dev.lodestar.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.lodestar.organization.Actor;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}. A token that is
 * not ours, or expired, is answered with a 401 at once; a read token calling anything but
 * {@code GET}, {@code HEAD} or {@code OPTIONS}, and any token asking for a new token,
 * with a 403. A call without one goes on unauthenticated, and the rules of the chain
 * decide. The person the token acts for is read with the token, and kept as the request's
 * {@link CurrentActor}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final ApiTokens tokens;

	private final ApiProblemEntryPoint entryPoint;

	private final boolean creatingTokens;

	/**
	 * @param creatingTokens whether the filter guards the creation of tokens, which a
	 * token may not do
	 */
	BearerTokenFilter(ApiTokens tokens, ApiProblemEntryPoint entryPoint, boolean creatingTokens) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.creatingTokens = creatingTokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		var bearer = this.tokens.authenticate(header.substring(SCHEME.length()).strip());
		if (bearer.isEmpty()) {
			this.entryPoint.reject(response, "The bearer token is not valid (it may have been revoked).");
			return;
		}
		if (bearer.get().expired()) {
			this.entryPoint.reject(response, "The bearer token expired at " + bearer.get().expiresAt() + ".");
			return;
		}
		if (this.creatingTokens) {
			this.entryPoint.forbid(response, "A token cannot create tokens: use HTTP Basic with your email and "
					+ "password, or the API tokens page of your profile.");
			return;
		}
		if (!bearer.get().scope().allows(request.getMethod())) {
			this.entryPoint.forbid(response,
					"This token may only read; a call that changes something needs a token " + "with the scope write.");
			return;
		}
		Actor actor = bearer.get().actor();
		CurrentActor.remember(request, actor);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor.personId(), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
