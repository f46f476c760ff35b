package dev.lodestar.shared;

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
 */
@Component
public class FirstStart {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

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

}
