package dev.lodestar.versions;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * Lets an H2 trigger write: a statement written outside a transaction commits after its
 * triggers, and a statement a trigger ran would commit on its own, which H2 refuses. So
 * the session leaves auto-commit while the trigger writes, and what it writes is
 * committed with the statement that fired it.
 */
public final class H2TriggerWrites {

	private H2TriggerWrites() {
	}

	/** Runs a trigger's writes in the transaction of the statement that fired it. */
	public static void run(Connection connection, Writes writes) throws SQLException {
		Session session = ((JdbcConnection) connection).getSession();
		boolean autoCommit = session.getAutoCommit();
		if (autoCommit) {
			session.setAutoCommit(false);
		}
		try {
			writes.run();
		}
		finally {
			if (autoCommit) {
				session.setAutoCommit(true);
			}
		}
	}

	/** What a trigger writes. */
	@FunctionalInterface
	public interface Writes {

		void run() throws SQLException;

	}

}
