package dev.lodestar.shared;

/**
 * A request that is well-formed but conflicts with the current state, such as a check-in
 * on a closed cycle or a phase change that skips a phase.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
