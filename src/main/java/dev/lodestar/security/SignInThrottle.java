package dev.lodestar.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.lodestar.web.Problems;

/**
 * Counts every password attempt (HTTP Basic, the sign-in form) before it is checked, and
 * stops one for an email or from a client address that failed too often lately: a 429
 * with {@code Retry-After} for the API, the sign-in page with a message for the browser.
 */
class SignInThrottle extends OncePerRequestFilter {

	private final SignInAttempts attempts;

	SignInThrottle(SignInAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = email(request);
		if (email == null) {
			chain.doFilter(request, response);
			return;
		}
		SignInAttempts.Attempt attempt = this.attempts.begin(email, request.getRemoteAddr());
		if (!attempt.heldBack()) {
			request.setAttribute(SignInAttempts.ATTEMPT, attempt);
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, attempt.retryAfter().toSeconds());
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"" + Problems.TYPE_PREFIX + "too-many-requests\",\"title\":\"Too Many Requests\","
						+ "\"status\":429,\"detail\":\"" + attempt.reason() + "; try again in " + seconds
						+ " seconds.\"}");
			return;
		}
		if ("POST".equals(request.getMethod())) {
			TypedEmail.keep(request);
		}
		response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
	}

	private static String email(HttpServletRequest request) {
		if ("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath())) {
			return request.getParameter("username");
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = pair.indexOf(':');
			return (colon > 0) ? pair.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
