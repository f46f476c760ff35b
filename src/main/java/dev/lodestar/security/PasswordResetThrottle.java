package dev.lodestar.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.shared.TooManyAttemptsException;

/**
 * Counts requests for a password reset per client address and per email address in a
 * window (an hour by default), the way {@link SignInAttempts} counts failed sign-ins:
 * each request takes its place in one short transaction that locks the count's row, so
 * concurrent requests cannot pass the limit, and the counts live in the database, shared
 * by every instance. A client over its limit is told to wait (a 429); an address over its
 * limit is not told anything (that would say the address was asked for), its requests
 * just send nothing more.
 */
@Component
class PasswordResetThrottle {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int perEmail;

	private final int perClient;

	private final Duration window;

	private final Clock clock;

	PasswordResetThrottle(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${lodestar.password-reset.max-per-email:3}") int perEmail,
			@Value("${lodestar.password-reset.max-per-client:20}") int perClient,
			@Value("${lodestar.password-reset.throttle-window:1h}") Duration window, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.perEmail = perEmail;
		this.perClient = perClient;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts one request from a client for an email address.
	 * @return whether a link may be sent to the address
	 * @throws TooManyAttemptsException when the client asked too often lately
	 */
	boolean admit(String email, String client) {
		Count byClient = count(key("client", client));
		if (byClient.requests() > this.perClient) {
			throw new TooManyAttemptsException("Too many password reset requests from your address",
					byClient.waitFrom(this.clock.instant(), this.window));
		}
		return count(key("email", email)).requests() <= this.perEmail;
	}

	private Count count(String key) {
		Count counted = this.transactions.execute((status) -> increment(key));
		if (counted != null) {
			return counted;
		}
		try {
			return this.transactions.execute((status) -> {
				Instant now = this.clock.instant();
				this.jdbc.sql("delete from password_reset_throttle where window_start < ?")
					.param(Timestamp.from(now.minus(this.window)))
					.update();
				this.jdbc
					.sql("insert into password_reset_throttle (throttle_key, requests, window_start) values (?, 1, ?)")
					.params(key, Timestamp.from(now))
					.update();
				return new Count(1, now);
			});
		}
		catch (DuplicateKeyException ex) {
			return this.transactions.execute((status) -> increment(key));
		}
	}

	/**
	 * Counts one more request on an existing row (a new window when the last one is over)
	 * and reads the count while the row is locked; {@code null} without a row.
	 */
	private Count increment(String key) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update password_reset_throttle
				set requests = case when window_start < :horizon then 1 else requests + 1 end,
				    window_start = case when window_start < :horizon then :now else window_start end
				where throttle_key = :key""")
			.param("horizon", Timestamp.from(now.minus(this.window)))
			.param("now", Timestamp.from(now))
			.param("key", key)
			.update();
		if (updated == 0) {
			return null;
		}
		return this.jdbc.sql("select requests, window_start from password_reset_throttle where throttle_key = ?")
			.param(key)
			.query((row, number) -> new Count(row.getInt("requests"), row.getTimestamp("window_start").toInstant()))
			.single();
	}

	private static String key(String kind, String value) {
		String clean = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		return ApiToken.hash("password-reset\n" + kind + "\n" + clean);
	}

	private record Count(int requests, Instant windowStart) {

		Duration waitFrom(Instant now, Duration window) {
			Duration left = Duration.between(now, this.windowStart.plus(window));
			return (left.compareTo(Duration.ofSeconds(1)) < 0) ? Duration.ofSeconds(1) : left;
		}

	}

}
