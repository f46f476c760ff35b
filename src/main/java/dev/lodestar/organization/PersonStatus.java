package dev.lodestar.organization;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a person stands with Lodestar. Only an active person signs in, calls the API and
 * gets mail; an invited or deactivated person keeps their name on what they own and did.
 */
public enum PersonStatus {

	/** Asked to join, has not set a password yet: cannot sign in. */
	INVITED,

	/** Signs in and takes part. */
	ACTIVE,

	/**
	 * Has left or been stopped: cannot sign in, their tokens fail, no mail reaches them.
	 */
	DEACTIVATED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
