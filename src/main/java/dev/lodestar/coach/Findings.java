package dev.lodestar.coach;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules found, per draft of a batch. Rules add to it; the coach reads it out in
 * the order of the drafts, warnings first.
 */
public final class Findings {

	private final Map<Draft, List<Finding>> found = new IdentityHashMap<>();

	public void add(Draft draft, Finding finding) {
		this.found.computeIfAbsent(draft, (key) -> new ArrayList<>()).add(finding);
	}

	/** What was found about one draft, warnings first, then in the order found. */
	public List<Finding> of(Draft draft) {
		List<Finding> list = new ArrayList<>(this.found.getOrDefault(draft, List.of()));
		list.sort((a, b) -> b.severity().compareTo(a.severity()));
		return list;
	}

}
