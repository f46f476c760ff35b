package dev.lodestar.security.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.lodestar.organization.People;
import dev.lodestar.shared.FirstStart;

/**
 * Sends every page to {@code /preparing} while the first start is still being prepared
 * (the demo being written: its people are not there yet, so nobody could sign in, and the
 * setup would offer to make an admin of an empty Lodestar). Sends every page to
 * {@code /setup} while nobody exists (no admin came from the environment and nobody has
 * set Lodestar up yet). Once someone exists it stays out of the way without asking the
 * database again: people are never all removed, since the last admin cannot be.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class FirstRun extends OncePerRequestFilter {

	private static final List<String> ALWAYS_OPEN = List.of("/api/", "/css/", "/js/", "/webjars/", "/actuator/",
			"/error", "/favicon.ico");

	private final People people;

	private final FirstStart firstStart;

	private volatile boolean over;

	FirstRun(People people, FirstStart firstStart) {
		this.people = people;
		this.firstStart = firstStart;
	}

	/** Whether the first start is still being prepared (the demo being written). */
	boolean preparing() {
		return this.firstStart.preparing();
	}

	/** Whether Lodestar still waits for its first admin. */
	boolean pending() {
		if (!this.over && this.people.anyExists()) {
			this.over = true;
		}
		return !this.over;
	}

	void over() {
		this.over = true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return (this.over && !preparing()) || ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		if (preparing()) {
			if (path.equals(PreparingPage.PATH)) {
				chain.doFilter(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + PreparingPage.PATH);
			}
			return;
		}
		if (!path.startsWith("/setup") && !path.equals(PreparingPage.PATH) && pending()) {
			response.sendRedirect(request.getContextPath() + "/setup");
			return;
		}
		chain.doFilter(request, response);
	}

}
