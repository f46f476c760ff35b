package dev.lodestar.organization;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a person may do across the organisation. Leading a team is not a role but a flag
 * on the membership: a member who leads a team edits that team's OKRs.
 */
public enum Role {

	/** Settings, people and everything else. */
	ADMIN,

	/** Runs the OKR program: cycles, teams, every team's OKRs; not people or settings. */
	CHAMPION,

	/**
	 * Edits the key results they own and checks them in; edits a team's OKRs where they
	 * lead it.
	 */
	MEMBER,

	/** Reads everything, changes nothing. */
	VIEWER;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
