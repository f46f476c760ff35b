package dev.lodestar.coach;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a finding matters: {@code info} is worth a thought, {@code warning} is worth
 * changing. Neither blocks anything.
 */
public enum Severity {

	INFO, WARNING;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
