package dev.lodestar.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.lodestar.organization.PasswordAttempts;
import dev.lodestar.shared.TooManyAttemptsException;

/**
 * Counts password attempts per email and per client address, and holds further attempts
 * back for the rest of a window once either has had too many, so that a password cannot
 * be guessed by trying and one client cannot lock every account. Each attempt takes its
 * place in the count before the password is checked, in one short transaction that locks
 * the count's row, so concurrent attempts cannot pass the limit; a right password gives
 * its place back and clears the email's count. The counts live in the database, shared by
 * every instance.
 */
@Component
class SignInAttempts implements PasswordAttempts {

	static final String ATTEMPT = SignInAttempts.class.getName() + ".attempt";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int perEmail;

	private final int perClient;

	private final Duration window;

	private final Clock clock;

	SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${lodestar.sign-in.max-failures:10}") int perEmail,
			@Value("${lodestar.sign-in.max-failures-per-client:50}") int perClient,
			@Value("${lodestar.sign-in.failure-window:15m}") Duration window, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.perEmail = perEmail;
		this.perClient = perClient;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Takes a place for one password attempt for an email from a client, or says how long
	 * they must wait.
	 */
	Attempt begin(String email, String client) {
		String byClient = key("client", client);
		Count clientCount = count(byClient);
		if (clientCount.failures() > this.perClient) {
			return new Attempt(null, null, clientCount.waitFrom(this.clock.instant(), this.window),
					"Too many failed sign-ins from your address");
		}
		String byEmail = key("email", email);
		Count emailCount = count(byEmail);
		if (emailCount.failures() > this.perEmail) {
			giveBack(byClient);
			return new Attempt(null, null, emailCount.waitFrom(this.clock.instant(), this.window),
					"Too many failed sign-ins for this email");
		}
		return new Attempt(byEmail, byClient, Duration.ZERO, null);
	}

	/**
	 * The attempt's password was right: it gives its place back, and the email starts
	 * afresh.
	 */
	void succeeded(Attempt attempt) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from sign_in_attempt where attempt_key = ?").param(attempt.emailKey()).update();
			giveBackNow(attempt.clientKey());
		});
	}

	@Override
	public boolean check(String email, BooleanSupplier matches) {
		Attempt attempt = begin(email, currentClient());
		if (attempt.heldBack()) {
			throw new TooManyAttemptsException(attempt.reason() + "; try again later.", attempt.retryAfter());
		}
		boolean right = matches.getAsBoolean();
		if (right) {
			succeeded(attempt);
		}
		return right;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTEMPT, RequestAttributes.SCOPE_REQUEST) instanceof Attempt attempt) {
			request.removeAttribute(ATTEMPT, RequestAttributes.SCOPE_REQUEST);
			succeeded(attempt);
		}
	}

	private Count count(String key) {
		Count counted = this.transactions.execute((status) -> increment(key));
		if (counted != null) {
			return counted;
		}
		try {
			return this.transactions.execute((status) -> {
				Instant now = this.clock.instant();
				this.jdbc.sql("delete from sign_in_attempt where window_start < ?")
					.param(Timestamp.from(now.minus(this.window)))
					.update();
				this.jdbc.sql("insert into sign_in_attempt (attempt_key, failures, window_start) values (?, 1, ?)")
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
	 * Counts one more attempt on an existing row, starting a new window when the last one
	 * is over, and reads the count while the row is still locked; {@code null} without a
	 * row.
	 */
	private Count increment(String key) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp horizon = Timestamp.from(this.clock.instant().minus(this.window));
		int updated = this.jdbc.sql("""
				update sign_in_attempt
				set failures = case when window_start < :horizon then 1 else failures + 1 end,
				    window_start = case when window_start < :horizon then :now else window_start end
				where attempt_key = :key""").param("horizon", horizon).param("now", now).param("key", key).update();
		if (updated == 0) {
			return null;
		}
		return this.jdbc.sql("select failures, window_start from sign_in_attempt where attempt_key = ?")
			.param(key)
			.query((row, number) -> new Count(row.getInt("failures"), row.getTimestamp("window_start").toInstant()))
			.single();
	}

	private void giveBack(String key) {
		this.transactions.executeWithoutResult((status) -> giveBackNow(key));
	}

	private void giveBackNow(String key) {
		this.jdbc.sql("update sign_in_attempt set failures = failures - 1 where attempt_key = ? and failures > 0")
			.param(key)
			.update();
	}

	private static String currentClient() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return "";
	}

	private static String key(String kind, String value) {
		String clean = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		return ApiToken.hash(kind + "\n" + clean);
	}

	/**
	 * One attempt: its places in the counts, or, when it is held back, how long to wait
	 * and why.
	 */
	record Attempt(String emailKey, String clientKey, Duration retryAfter, String reason) {

		boolean heldBack() {
			return this.reason != null;
		}

	}

	private record Count(int failures, Instant windowStart) {

		Duration waitFrom(Instant now, Duration window) {
			Duration left = Duration.between(now, this.windowStart.plus(window));
			return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
		}

	}

}
