package dev.lodestar.objectives;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a check-in came from: typed in the web app, sent through the API, pushed by a key
 * result's inbound hook, or brought in by a bulk import.
 */
public enum CheckInSource {

	MANUAL, API, WEBHOOK, IMPORT;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
