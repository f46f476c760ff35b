package dev.lodestar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether the browser suite runs; see {@link BrowserSuite}.
 */
class BrowserSuiteCondition implements ExecutionCondition {

	static final String SWITCH = "lodestar.test.browser";

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean present = Files.isExecutable(Path.of(BrowserSuite.CHROMIUM));
		String mode = System.getProperty(SWITCH, "auto");
		if (present && !"off".equals(mode)) {
			return ConditionEvaluationResult.enabled("Chromium found at " + BrowserSuite.CHROMIUM);
		}
		if ("required".equals(mode)) {
			throw new IllegalStateException("The browser suite is switched on but " + BrowserSuite.CHROMIUM
					+ " is missing: apt-get install -y chromium");
		}
		String message = "Browser suite skipped: " + (present ? "switched off" : "no " + BrowserSuite.CHROMIUM
				+ " (apt-get install -y chromium; -D" + SWITCH + "=required makes it a must)");
		if (announced.compareAndSet(false, true)) {
			System.out.println("[lodestar] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
