package dev.lodestar.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies larger than the limit with a 413 before anything reads them. Bodies
 * without a declared length are cut at the limit while they are read, which makes them
 * malformed JSON (400). Imports of people take larger files: their path allows
 * {@code lodestar.imports.max-body-bytes}, and their body is cut one byte after it so the
 * import sees that it is too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	static final String IMPORTS = "/api/v1/imports/";

	private final long maxBytes;

	private final long maxImportBytes;

	RequestSizeLimit(@Value("${lodestar.api.max-body-bytes:1048576}") long maxBytes,
			@Value("${lodestar.imports.max-body-bytes:5242880}") long maxImportBytes) {
		this.maxBytes = maxBytes;
		this.maxImportBytes = maxImportBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean importing = request.getRequestURI().startsWith(IMPORTS);
		long limit = importing ? this.maxImportBytes : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"" + Problems.TYPE_PREFIX + "http-413\",\"title\":\"Payload Too Large\","
						+ "\"status\":413,\"detail\":\"The request body is larger than " + limit + " bytes.\"}");
			return;
		}
		chain.doFilter(new LimitedBodyRequest(request, importing ? limit + 1 : limit), response);
	}

}
