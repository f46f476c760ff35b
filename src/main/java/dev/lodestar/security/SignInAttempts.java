package dev.lodestar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password attempts per email and holds further attempts back for a while
 * once there were too many, so a password cannot be guessed by trying. Kept in memory per
 * instance: with several instances an attacker gets the limit once per instance, which
 * still rules out guessing.
 */
@Component
class SignInAttempts {

	private static final int MAX_REMEMBERED_EMAILS = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	SignInAttempts(@Value("${lodestar.sign-in.max-failures:10}") int limit,
			@Value("${lodestar.sign-in.failure-window:15m}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * How long the email must wait before the next attempt; zero when it may try now.
	 */
	Duration waitFor(String email) {
		Deque<Instant> recent = this.failures.get(key(email));
		if (recent == null) {
			return Duration.ZERO;
		}
		synchronized (recent) {
			prune(recent);
			if (recent.size() < this.limit) {
				return Duration.ZERO;
			}
			return Duration.between(this.clock.instant(), recent.peekFirst().plus(this.window));
		}
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (this.failures.size() >= MAX_REMEMBERED_EMAILS) {
			this.failures.values().removeIf((recent) -> {
				synchronized (recent) {
					prune(recent);
					return recent.isEmpty();
				}
			});
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key(event.getAuthentication().getName()),
				(email) -> new ArrayDeque<>());
		synchronized (recent) {
			recent.addLast(this.clock.instant());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	private void prune(Deque<Instant> recent) {
		Instant horizon = this.clock.instant().minus(this.window);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
			recent.removeFirst();
		}
	}

	private static String key(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
