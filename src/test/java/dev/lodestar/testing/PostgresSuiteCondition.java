package dev.lodestar.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether the PostgreSQL suite runs; see {@link PostgresSuite}.
 */
class PostgresSuiteCondition implements ExecutionCondition {

	static final String SWITCH = "lodestar.test.postgres";

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!"required".equals(System.getProperty(SWITCH))) {
			String message = "PostgreSQL suite skipped: switch it on with -D" + SWITCH
					+ "=required (needs PostgreSQL at 127.0.0.1:5432, database test)";
			if (announced.compareAndSet(false, true)) {
				System.out.println("[lodestar] " + message);
			}
			return ConditionEvaluationResult.disabled(message);
		}
		try (var connection = DriverManager.getConnection(PostgresSuite.URL, PostgresSuite.USER, "")) {
			return ConditionEvaluationResult.enabled("PostgreSQL suite switched on and reachable");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL suite is switched on but PostgreSQL at " + PostgresSuite.URL
					+ " cannot be reached: " + ex.getMessage(), ex);
		}
	}

}
