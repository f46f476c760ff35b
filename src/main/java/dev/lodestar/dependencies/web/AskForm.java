package dev.lodestar.dependencies.web;

import java.util.List;

/**
 * What the form that asks another team holds, as typed.
 *
 * @param toTeam the asked team's name
 * @param keyResult the id of the asking team's key result it is for, or blank
 * @param dueDate when it is needed by, {@code YYYY-MM-DD}, or blank
 */
record AskForm(String toTeam, String keyResult, String description, String dueDate) {

	/** The form's fields, in the order a person fills them in. */
	static final List<String> FIELDS = List.of("toTeam", "keyResult", "description", "dueDate");

	static AskForm empty() {
		return new AskForm("", "", "", "");
	}

}
