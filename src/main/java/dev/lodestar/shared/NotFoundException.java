package dev.lodestar.shared;

/**
 * Something asked for by id does not exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id + ".");
	}

}
