package dev.lodestar.shared;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the work of a first start (creating the first admin from the environment, filling
 * the demo data) one instance at a time: in a transaction that first locks the single row
 * of {@code first_start}, so that instances started at once on an empty database take
 * turns, and each finds what the one before it committed. The work checks whether it is
 * still to be done after taking the lock.
 * <p>
 * Work announced with {@link #expect()} (the demo data, written after the web server is
 * up) makes {@link #preparing()} true until it is {@link #done()}, so that the pages can
 * say the first start is not over instead of offering to set up an empty Lodestar.
 */
@Component
public class FirstStart {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AtomicInteger expected = new AtomicInteger();

	FirstStart(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Runs {@code work} in one transaction, holding the first start's lock. */
	public <T> T exclusively(Supplier<T> work) {
		return this.transaction.execute((status) -> {
			this.jdbc.sql("select id from first_start where id = 1 for update").query(Integer.class).single();
			return work.get();
		});
	}

	/**
	 * Announces work of the first start that is still to come or under way; each call is
	 * ended by one {@link #done()}.
	 */
	public void expect() {
		this.expected.incrementAndGet();
	}

	/** Ends work announced with {@link #expect()}, finished or not. */
	public void done() {
		this.expected.updateAndGet((count) -> Math.max(0, count - 1));
	}

	/** Whether announced work of the first start (the demo being written) is not over. */
	public boolean preparing() {
		return this.expected.get() > 0;
	}

}
