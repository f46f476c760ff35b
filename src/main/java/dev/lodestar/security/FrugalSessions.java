package dev.lodestar.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web sessions of the database, read once per request and their last access written
 * at most once a minute ({@code lodestar.sessions.last-access-granularity}). Spring
 * Session reads a session when the request asks for it and again after saving it, and
 * writes its last access on every request; a signed-in page view paid three statements
 * for its session. Here it pays one: the session is read (so that a session deleted by a
 * password reset or a deactivation on any instance ends at the next request), and written
 * only when one of its attributes changed or its last access is a minute old. A session
 * therefore expires up to a minute earlier than its timeout after the last request.
 */
final class FrugalSessions<S extends Session>
		implements SessionRepository<FrugalSessions.FrugalSession<S>>, DisposableBean {

	private static final ThreadLocal<Map<String, FrugalSession<?>>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

	private final SessionRepository<S> database;

	private final Duration granularity;

	/**
	 * Sessions of the {@code database} whose last access is written once it is
	 * {@code granularity} behind.
	 */
	FrugalSessions(SessionRepository<S> database, Duration granularity) {
		this.database = database;
		this.granularity = granularity;
	}

	@Override
	public FrugalSession<S> createSession() {
		return new FrugalSession<>(this.database.createSession(), this.granularity);
	}

	@Override
	public void save(FrugalSession<S> session) {
		this.database.save(session.stored);
		Map<String, FrugalSession<?>> read = READ_IN_THIS_REQUEST.get();
		if (read != null) {
			read.put(session.getId(), session);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public FrugalSession<S> findById(String id) {
		Map<String, FrugalSession<?>> read = READ_IN_THIS_REQUEST.get();
		if (read != null && read.containsKey(id)) {
			return (FrugalSession<S>) read.get(id);
		}
		S stored = this.database.findById(id);
		FrugalSession<S> session = (stored != null) ? new FrugalSession<>(stored, this.granularity) : null;
		if (read != null) {
			read.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, FrugalSession<?>> read = READ_IN_THIS_REQUEST.get();
		if (read != null) {
			read.remove(id);
		}
		this.database.deleteById(id);
	}

	@Override
	public void destroy() throws Exception {
		if (this.database instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * A session as Spring Session sees it, whose last access moves only once it is the
	 * granularity behind.
	 */
	static final class FrugalSession<S extends Session> implements Session {

		private final S stored;

		private final Duration granularity;

		FrugalSession(S stored, Duration granularity) {
			this.stored = stored;
			this.granularity = granularity;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(this.granularity))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

	/**
	 * Marks out one request, in which a session is read from the database once: it runs
	 * around Spring Session's filter.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (READ_IN_THIS_REQUEST.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			READ_IN_THIS_REQUEST.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ_IN_THIS_REQUEST.remove();
			}
		}

	}

}
