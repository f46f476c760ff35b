package dev.lodestar.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultId;

/**
 * Where the hooks are kept: one row per key result that has one.
 */
@Component
class HookStore {

	private final JdbcClient jdbc;

	HookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<KeyResultHook> find(UUID id) {
		return this.jdbc.sql("select * from key_result_hook where id = :id")
			.param("id", id)
			.query(HookStore::hook)
			.optional();
	}

	Optional<KeyResultHook> findFor(KeyResultId keyResult) {
		return this.jdbc.sql("select * from key_result_hook where key_result_id = :keyResult")
			.param("keyResult", keyResult.value())
			.query(HookStore::hook)
			.optional();
	}

	void insert(KeyResultHook hook) {
		this.jdbc.sql("""
				insert into key_result_hook (id, key_result_id, secret, created_at, renewed_at)
				values (:id, :keyResult, :secret, :createdAt, :renewedAt)""")
			.param("id", hook.id())
			.param("keyResult", hook.keyResultId().value())
			.param("secret", hook.secret())
			.param("createdAt", Timestamp.from(hook.createdAt()))
			.param("renewedAt", Timestamp.from(hook.renewedAt()))
			.update();
	}

	void renew(KeyResultHook hook) {
		this.jdbc.sql("update key_result_hook set secret = :secret, renewed_at = :renewedAt where id = :id")
			.param("id", hook.id())
			.param("secret", hook.secret())
			.param("renewedAt", Timestamp.from(hook.renewedAt()))
			.update();
	}

	void deleteFor(KeyResultId keyResult) {
		this.jdbc.sql("delete from key_result_hook where key_result_id = :keyResult")
			.param("keyResult", keyResult.value())
			.update();
	}

	private static KeyResultHook hook(ResultSet rs, int row) throws SQLException {
		return new KeyResultHook(rs.getObject("id", UUID.class),
				new KeyResultId(rs.getObject("key_result_id", UUID.class)), rs.getString("secret"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("renewed_at").toInstant());
	}

}
