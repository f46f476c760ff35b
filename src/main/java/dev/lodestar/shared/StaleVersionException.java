package dev.lodestar.shared;

/**
 * An update was based on a version of a resource that has changed since it was read.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String message) {
		super(message);
	}

	public StaleVersionException(String what, long expected, long actual) {
		super("The " + what + " is at version " + actual + ", not " + expected + "; read it again and retry.");
	}

	/**
	 * Refuses an update whose {@code If-Match} version (when one was sent) is not the
	 * current one.
	 */
	public static void check(String what, Long expected, Long actual) {
		if (expected != null && !expected.equals(actual)) {
			throw new StaleVersionException(what, expected, (actual != null) ? actual : 0);
		}
	}

}
