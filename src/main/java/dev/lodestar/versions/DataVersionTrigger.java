package dev.lodestar.versions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.h2.api.Trigger;

/**
 * Bumps a data version after every statement that writes a table it covers, on H2 (the
 * migration {@code db/vendor/h2/V31} names it; PostgreSQL has a function of its own). The
 * trigger's name says which version: {@code objectives__key_result} bumps
 * {@code objectives}. Of the version's rows it bumps one that no other transaction holds,
 * trying first the one of its thread, so that concurrent writers never wait for one
 * another; when all sixteen are held, it adds a row of its own.
 */
public class DataVersionTrigger implements Trigger {

	/** The rows a version is kept in, named {@code <version>#0} to {@code #15} (V30). */
	private static final int STRIPES = 16;

	private String version;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		int end = triggerName.indexOf("__");
		this.version = triggerName.substring(0, (end > 0) ? end : triggerName.length()).toLowerCase(Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		H2TriggerWrites.run(connection, () -> bump(connection));
	}

	private void bump(Connection connection) throws SQLException {
		int first = (int) (Thread.currentThread().threadId() % STRIPES);
		for (int tried = 0; tried < STRIPES; tried++) {
			String stripe = this.version + "#" + ((first + tried) % STRIPES);
			if (took(connection, stripe)) {
				try (PreparedStatement update = connection
					.prepareStatement("update data_version set version = version + 1 where name = ?")) {
					update.setString(1, stripe);
					update.executeUpdate();
				}
				return;
			}
		}
		try (PreparedStatement own = connection.prepareStatement(
				"merge into data_version d using (values (cast(? as varchar(64)))) s(name) on d.name = s.name "
						+ "when matched then update set version = d.version + 1 "
						+ "when not matched then insert (name, version) values (s.name, 1)")) {
			own.setString(1, this.version + "#" + UUID.randomUUID());
			own.executeUpdate();
		}
	}

	/**
	 * Locks one of the version's rows unless another transaction holds it: H2 skips
	 * locked rows only before a limit, so each row is asked for on its own (and an error
	 * inside a trigger could not be rolled back in an autocommitted statement, so none is
	 * risked).
	 */
	private static boolean took(Connection connection, String stripe) throws SQLException {
		try (PreparedStatement lock = connection
			.prepareStatement("select name from data_version where name = ? for update skip locked")) {
			lock.setString(1, stripe);
			try (ResultSet rows = lock.executeQuery()) {
				return rows.next();
			}
		}
	}

}
