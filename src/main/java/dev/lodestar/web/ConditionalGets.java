package dev.lodestar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GET for pages and API lists: each answer carries an {@code ETag} made of
 * what it says, and a request whose {@code If-None-Match} names it is answered
 * {@code 304 Not Modified} without a body. Answers are {@code Cache-Control: private,
 * no-cache}, so that a browser keeps a page and asks each time whether it changed, and no
 * shared cache keeps one person's page; a page that says {@code no-store} (a token shown
 * once) gets no {@code ETag}.
 *
 * <p>
 * The tag is a digest of the body without its CSRF token, which is masked afresh on every
 * answer, and of the session, so that a page kept from another session (with another
 * token) is never revalidated. A {@code 304} saves the transfer and the browser's work,
 * not the rendering: what spares a page its reads is the data versions. Resources that
 * carry their own {@code ETag} (their version) keep it. Downloads (a path ending in a
 * file name), backups and the health check are left alone, as they are large or the floor
 * of the benchmark.
 */
public class ConditionalGets extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "private, no-cache";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		return !revalidates(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** Whether a GET of {@code path} carries an {@code ETag} and may answer 304. */
	static boolean revalidates(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !(last.contains(".") || path.startsWith("/api/v1/health") || path.startsWith("/actuator")
				|| path.startsWith("/api/v1/backups") || path.startsWith("/admin/backups/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/") || path.startsWith("/webjars/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// set before the chain, so that Spring Security's no-store is not written over it
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		if (!isAsyncStarted(request) && eligible(answer)) {
			String tag = "W/\"" + digest(request, answer.getContentAsByteArray()) + "\"";
			answer.setHeader(HttpHeaders.ETAG, tag);
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
				answer.resetBuffer();
				answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
		}
		answer.copyBodyToResponse();
	}

	private static boolean eligible(ContentCachingResponseWrapper answer) {
		String cacheControl = answer.getHeader(HttpHeaders.CACHE_CONTROL);
		return answer.getStatus() == HttpServletResponse.SC_OK && answer.getHeader(HttpHeaders.ETAG) == null
				&& (cacheControl == null || !cacheControl.contains("no-store")) && answer.getContentSize() > 0;
	}

	private static String digest(HttpServletRequest request, byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
				&& (text.contains(token.getParameterName()) || text.contains(token.getHeaderName()))) {
			// rendered on the page, so already read: masked differently on every answer
			text = text.replace(token.getToken(), "");
		}
		HttpSession session = request.getSession(false);
		String seed = (session != null) ? session.getId() + "\n" : "";
		return DigestUtils.md5DigestAsHex((seed + text).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean matches(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String bare = tag.substring(2);
		for (String one : ifNoneMatch.split(",")) {
			String candidate = one.strip();
			if (candidate.equals("*") || candidate.equals(tag) || candidate.equals(bare)
					|| candidate.equals("W/" + bare)) {
				return true;
			}
		}
		return false;
	}

}
