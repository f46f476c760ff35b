package dev.lodestar.shared;

/**
 * The person is known but their role does not allow what they asked for.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
