package dev.lodestar.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A step of an objective's review: submitted by its team, approved (and so published), or
 * sent back with changes requested.
 */
public enum ReviewAction {

	SUBMIT, APPROVE, REQUEST_CHANGES;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The step in words, as pages and notifications say it. */
	public String done() {
		return switch (this) {
			case SUBMIT -> "submitted it for review";
			case APPROVE -> "approved and published it";
			case REQUEST_CHANGES -> "requested changes";
		};
	}

	public static Optional<ReviewAction> of(String value) {
		return Arrays.stream(values()).filter((action) -> action.value().equals(value)).findFirst();
	}

	/** The names a client may send, for an error message. */
	public static String names() {
		return Arrays.stream(values()).map(ReviewAction::value).collect(Collectors.joining(", "));
	}

}
