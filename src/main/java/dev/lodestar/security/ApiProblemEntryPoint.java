package dev.lodestar.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import dev.lodestar.web.Problems;

/**
 * Answers API calls without valid credentials (401) or without the right (403) as
 * problem+json, naming the authentication scheme the call should use.
 */
class ApiProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final String challenge;

	ApiProblemEntryPoint(String challenge) {
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		reject(response, "This call needs credentials: Authorization: Bearer <token>"
				+ (this.challenge.startsWith("Basic") ? ", or HTTP Basic with email and password." : "."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, 403, "forbidden", "Forbidden", "You may not do this.");
	}

	void forbid(HttpServletResponse response, String detail) throws IOException {
		write(response, 403, "forbidden", "Forbidden", detail);
	}

	void reject(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, this.challenge);
		write(response, 401, "unauthorized", "Unauthorized", detail);
	}

	private static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"" + Problems.TYPE_PREFIX + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

}
