package dev.lodestar.rhythm.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.rhythm.Priority;

/**
 * What the Monday page shows: the week's head, the key results with their confidence, the
 * top priorities, and last week's unfinished ones offered again.
 */
record MondayView(WeekNav nav, List<ConfidenceRow> rows, List<PriorityLine> priorities, List<PriorityLine> offered,
		boolean mayWrite, String newText, Map<String, String> errors) {

	public boolean mayAdd() {
		return this.mayWrite && this.priorities.size() < Priority.MAX_PER_WEEK;
	}

	public int max() {
		return Priority.MAX_PER_WEEK;
	}

	public String action(String path) {
		return "/teams/" + this.nav.teamId() + "/monday/" + path;
	}

}
