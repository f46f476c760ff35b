package dev.lodestar.dependencies;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the asked team answers to a dependency.
 */
public enum Decision {

	ACCEPTED(DependencyStatus.ACCEPTED), DECLINED(DependencyStatus.DECLINED);

	private final DependencyStatus status;

	Decision(DependencyStatus status) {
		this.status = status;
	}

	/** The status a dependency takes with this decision. */
	public DependencyStatus status() {
		return this.status;
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
