package dev.lodestar.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that the framework would fail on before any controller could answer: a
 * query value that is not UTF-8 (400: a problem naming the parameter under {@code /api/},
 * the error page elsewhere), and an API request whose {@code Content-Type} is a wildcard
 * or a multipart type without a boundary (415).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().startsWith("/api/");
		String parameter = QueryString.firstMalformed(request.getQueryString());
		if (parameter != null && !api) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		if (parameter != null) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
					"The query parameter " + parameter + " is not UTF-8 text.");
			problem.setProperty("errors", List.of(Map.of("field", parameter, "message", "must be UTF-8 text")));
			write(response, problem);
			return;
		}
		if (api && !acceptable(request.getContentType())) {
			write(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415", "Unsupported Media Type",
					"The Content-Type " + request.getContentType()
							+ " names no single type; send application/json (or the type the operation names)."));
			return;
		}
		chain.doFilter(request, response);
	}

	/** A content type a body can be read with: no wildcard, a boundary for multipart. */
	static boolean acceptable(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype()
					&& (!type.getType().equals("multipart") || type.getParameter("boundary") != null);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(Problems.json(problem));
	}

}
