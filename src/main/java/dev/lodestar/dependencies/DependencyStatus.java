package dev.lodestar.dependencies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a dependency stands: asked for and waiting for the other team, or decided.
 */
public enum DependencyStatus {

	REQUESTED, ACCEPTED, DECLINED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<DependencyStatus> of(String value) {
		return Arrays.stream(values()).filter((status) -> status.value().equals(value)).findFirst();
	}

}
