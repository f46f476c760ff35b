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

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}. A token that is
 * not ours is answered with a 401 at once; a call without one goes on unauthenticated,
 * and the rules of the chain decide. The person the token acts for is read with the
 * token, and kept as the request's {@link CurrentActor}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final ApiTokens tokens;

	private final ApiProblemEntryPoint entryPoint;

	BearerTokenFilter(ApiTokens tokens, ApiProblemEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		var actor = this.tokens.authenticate(header.substring(SCHEME.length()).strip());
		if (actor.isEmpty()) {
			this.entryPoint.reject(response, "The bearer token is not valid (it may have been revoked).");
			return;
		}
		CurrentActor.remember(request, actor.get());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(actor.get().personId(), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
