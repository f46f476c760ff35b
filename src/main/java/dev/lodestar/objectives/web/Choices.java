package dev.lodestar.objectives.web;

import java.util.List;

/**
 * The options of a select, in labelled groups.
 */
public record Choices(List<Group> groups) {

	public static Choices none() {
		return new Choices(List.of());
	}

	/**
	 * A labelled group of options ({@code optgroup}).
	 */
	public record Group(String label, List<Choice> choices) {
	}

	/**
	 * One option: the value sent and the text shown.
	 */
	public record Choice(String value, String label) {
	}

}
