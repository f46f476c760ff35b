package dev.lodestar.webhooks;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a webhook can be told about.
 */
public enum WebhookEvent {

	CHECKIN_RECORDED("checkin.recorded", "A check-in was recorded"),

	KEYRESULT_AT_RISK("keyresult.at-risk", "A key result fell to at risk or off track"),

	OBJECTIVE_PUBLISHED("objective.published", "An objective was published"),

	CYCLE_PHASE_CHANGED("cycle.phase-changed", "A cycle moved to its next phase"),

	DEPENDENCY_REQUESTED("dependency.requested", "A team asked another for something"),

	DEPENDENCY_DECIDED("dependency.decided", "A team accepted or declined what another asked of it");

	private final String value;

	private final String description;

	WebhookEvent(String value, String description) {
		this.value = value;
		this.description = description;
	}

	/** The event's name on the wire: {@code checkin.recorded}, ... */
	@JsonValue
	public String value() {
		return this.value;
	}

	public String description() {
		return this.description;
	}

	public static Optional<WebhookEvent> of(String value) {
		return Arrays.stream(values()).filter((event) -> event.value.equals(value)).findFirst();
	}

}
