package dev.lodestar.rhythm.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.rhythm.Priority;

/**
 * A priority on the Monday page, with what was typed into its edit form when that was
 * refused.
 */
record PriorityLine(String id, String text, boolean done, String editText, String error) {

	static List<PriorityLine> of(List<Priority> priorities, Map<String, String> errors, Map<String, String> typed) {
		return priorities.stream()
			.map((priority) -> new PriorityLine(priority.id().toString(), priority.text(), priority.done(),
					typed.getOrDefault(priority.id().toString(), priority.text()),
					errors.get(priority.id().toString())))
			.toList();
	}

	public String domId() {
		return "priority-" + this.id;
	}

}
