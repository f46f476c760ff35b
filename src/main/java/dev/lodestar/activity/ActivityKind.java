package dev.lodestar.activity;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an entry of the activity feed tells of.
 */
public enum ActivityKind {

	CHECK_IN, OBJECTIVE_CREATED, OBJECTIVE_PUBLISHED, PHASE_CHANGED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
