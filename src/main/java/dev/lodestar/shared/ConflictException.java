package dev.lodestar.shared;

import java.util.List;

/**
 * A request that is well-formed but conflicts with the current state, such as a check-in
 * on a closed cycle or a phase change that skips a phase. When one field causes the
 * conflict (a name already taken), the exception names it.
 */
public class ConflictException extends RuntimeException {

	private final List<FieldError> errors;

	public ConflictException(String message) {
		this(message, List.of());
	}

	public ConflictException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	/** The fields that cause the conflict; empty when it is the state as a whole. */
	public List<FieldError> errors() {
		return this.errors;
	}

}
