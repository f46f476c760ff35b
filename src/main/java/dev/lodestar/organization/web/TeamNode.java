package dev.lodestar.organization.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamView;

/**
 * A team in the tree as the admin page shows it: its members with their lead flags, its
 * sub-teams, and the ids of its whole subtree (which cannot become its parent).
 */
record TeamNode(String id, String name, String parentId, long version, List<Member> members, List<TeamNode> children,
		Set<String> subtree) {

	/**
	 * The tree of all teams, top-level teams first, each level by name.
	 */
	static List<TeamNode> tree(List<TeamView> teams, Map<PersonId, String> names) {
		return childrenOf(null, teams, names);
	}

	/**
	 * Every team in tree order, named with its depth, for the parent choices.
	 */
	static List<Option> options(List<TeamNode> tree) {
		List<Option> options = new ArrayList<>();
		addOptions(tree, 0, options);
		return options;
	}

	private static List<TeamNode> childrenOf(String parent, List<TeamView> teams, Map<PersonId, String> names) {
		return teams.stream()
			.filter((view) -> String.valueOf(view.team().parentId()).equals(String.valueOf(parent)))
			.sorted(Comparator.comparing((TeamView view) -> view.team().name()))
			.map((view) -> node(view, childrenOf(view.team().id().toString(), teams, names), names))
			.toList();
	}

	private static TeamNode node(TeamView view, List<TeamNode> children, Map<PersonId, String> names) {
		List<Member> members = view.memberIds()
			.stream()
			.map((person) -> new Member(person.toString(), names.getOrDefault(person, "?"),
					view.leadIds().contains(person)))
			.sorted(Comparator.comparing(Member::lead).reversed().thenComparing(Member::name))
			.toList();
		Set<String> subtree = new HashSet<>();
		subtree.add(view.team().id().toString());
		children.forEach((child) -> subtree.addAll(child.subtree()));
		String parent = (view.team().parentId() != null) ? view.team().parentId().toString() : null;
		return new TeamNode(view.team().id().toString(), view.team().name(), parent, view.team().version(), members,
				children, subtree);
	}

	private static void addOptions(List<TeamNode> nodes, int depth, List<Option> options) {
		for (TeamNode node : nodes) {
			options.add(new Option(node.id(), "\u00a0\u00a0\u00a0".repeat(depth) + node.name()));
			addOptions(node.children(), depth + 1, options);
		}
	}

	/** The team with this id somewhere in a tree. */
	static Optional<TeamNode> find(List<TeamNode> nodes, String id) {
		for (TeamNode node : nodes) {
			if (node.id().equals(id)) {
				return Optional.of(node);
			}
			Optional<TeamNode> below = find(node.children(), id);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	/** A member of the team; a lead edits the team's OKRs. */
	record Member(String id, String name, boolean lead) {
	}

	/** A team to choose as a parent. */
	record Option(String id, String label) {
	}

}
