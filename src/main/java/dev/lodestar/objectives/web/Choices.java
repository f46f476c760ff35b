package dev.lodestar.objectives.web;

import java.util.List;

/**
 * The options of a select, in labelled groups.
 */
record Choices(List<Group> groups) {

	static Choices none() {
		return new Choices(List.of());
	}

	/**
	 * A labelled group of options ({@code optgroup}).
	 */
	record Group(String label, List<Choice> choices) {
	}

	/**
	 * One option: the value sent and the text shown.
	 */
	record Choice(String value, String label) {
	}

}
