package dev.lodestar.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.objectives.AlignmentQueries.CycleGraph;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.Link;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * A cycle's alignment read as a tree from the top down: each objective with the
 * objectives that contribute to it, directly or through one of its key results. An
 * objective contributing to several parents stands under each; below the first it is
 * drawn in full, below the others it is a reference to the first, so the tree is never
 * larger than the graph. Links to what is not in the cycle's graph (archived since) are
 * left out.
 */
final class MapTree {

	private final Map<ObjectiveId, ObjectiveNode> objectives = new LinkedHashMap<>();

	private final Map<KeyResultId, KeyResultNode> keyResults = new LinkedHashMap<>();

	/** Per objective, the links by which it contributes (to its parents). */
	private final Map<ObjectiveId, List<Link>> up = new LinkedHashMap<>();

	/** Per objective, the links that contribute to it directly. */
	private final Map<ObjectiveId, List<Link>> toObjective = new LinkedHashMap<>();

	/** Per key result, the links that contribute to it. */
	private final Map<KeyResultId, List<Link>> toKeyResult = new LinkedHashMap<>();

	private final List<Link> links = new ArrayList<>();

	MapTree(CycleGraph graph) {
		graph.objectives().forEach((objective) -> {
			this.objectives.put(objective.id(), objective);
			objective.keyResults().forEach((keyResult) -> this.keyResults.put(keyResult.id(), keyResult));
		});
		for (Link link : graph.links()) {
			if (!this.objectives.containsKey(link.from()) || target(link) == null) {
				continue;
			}
			this.links.add(link);
			this.up.computeIfAbsent(link.from(), (id) -> new ArrayList<>()).add(link);
			if (link.toObjective() != null) {
				this.toObjective.computeIfAbsent(link.toObjective(), (id) -> new ArrayList<>()).add(link);
			}
			else {
				this.toKeyResult.computeIfAbsent(link.toKeyResult(), (id) -> new ArrayList<>()).add(link);
			}
		}
	}

	/** Every objective of the graph, in the order they were written. */
	List<ObjectiveNode> objectives() {
		return List.copyOf(this.objectives.values());
	}

	/** Every link whose both ends are in the graph. */
	List<Link> links() {
		return List.copyOf(this.links);
	}

	ObjectiveNode objective(ObjectiveId id) {
		return this.objectives.get(id);
	}

	KeyResultNode keyResult(KeyResultId id) {
		return this.keyResults.get(id);
	}

	/** Whether an objective contributes to anything in the graph. */
	boolean aligned(ObjectiveId id) {
		return this.up.containsKey(id);
	}

	/**
	 * The objective a link points at: the objective itself, or the one whose key result
	 * it is; {@code null} when that is not in the graph.
	 */
	ObjectiveId target(Link link) {
		if (link.toObjective() != null) {
			return this.objectives.containsKey(link.toObjective()) ? link.toObjective() : null;
		}
		KeyResultNode keyResult = this.keyResults.get(link.toKeyResult());
		return (keyResult != null) ? keyResult.objectiveId() : null;
	}

	/**
	 * What a team takes part in: its own objectives, every objective they contribute to
	 * (all the way up) and every objective that contributes to them (all the way down).
	 */
	Set<ObjectiveId> around(TeamId team) {
		Set<ObjectiveId> own = new LinkedHashSet<>();
		this.objectives.values()
			.stream()
			.filter((objective) -> objective.teamIds().contains(team))
			.forEach((objective) -> own.add(objective.id()));
		Set<ObjectiveId> shown = new LinkedHashSet<>(own);
		Deque<ObjectiveId> upward = new ArrayDeque<>(own);
		while (!upward.isEmpty()) {
			for (Link link : this.up.getOrDefault(upward.pop(), List.of())) {
				if (shown.add(target(link))) {
					upward.push(target(link));
				}
			}
		}
		Set<ObjectiveId> below = new HashSet<>(own);
		Deque<ObjectiveId> downward = new ArrayDeque<>(own);
		while (!downward.isEmpty()) {
			for (Link link : contributionsTo(downward.pop())) {
				if (below.add(link.from())) {
					shown.add(link.from());
					downward.push(link.from());
				}
			}
		}
		return shown;
	}

	/** Every link into an objective: to it directly, then to each of its key results. */
	List<Link> contributionsTo(ObjectiveId id) {
		List<Link> into = new ArrayList<>(this.toObjective.getOrDefault(id, List.of()));
		for (KeyResultNode keyResult : this.objectives.get(id).keyResults()) {
			into.addAll(this.toKeyResult.getOrDefault(keyResult.id(), List.of()));
		}
		return into;
	}

	/**
	 * The tops of the tree among {@code shown}: the objectives that contribute to nothing
	 * that is shown, company objectives first, then in the order they were written.
	 */
	List<ObjectiveId> roots(Set<ObjectiveId> shown) {
		return this.objectives.values()
			.stream()
			.filter((objective) -> shown.contains(objective.id()))
			.filter((objective) -> this.up.getOrDefault(objective.id(), List.of())
				.stream()
				.noneMatch((link) -> shown.contains(target(link))))
			.sorted(Comparator.comparing((ObjectiveNode objective) -> !objective.teamIds().isEmpty()))
			.map(ObjectiveNode::id)
			.toList();
	}

	/**
	 * The branches below some roots, drawn {@code depth} levels deep (the roots are level
	 * 0), keeping to {@code shown}.
	 */
	List<MapBranch> branches(List<ObjectiveId> roots, Set<ObjectiveId> shown, int depth) {
		Set<ObjectiveId> drawn = new HashSet<>();
		List<MapBranch> branches = new ArrayList<>();
		for (ObjectiveId root : roots) {
			branches.add(branch(root, null, shown, depth, 0, drawn));
		}
		return branches;
	}

	private MapBranch branch(ObjectiveId id, Double weight, Set<ObjectiveId> shown, int depth, int level,
			Set<ObjectiveId> drawn) {
		ObjectiveNode objective = this.objectives.get(id);
		boolean first = drawn.add(id);
		List<Link> below = contributionsTo(id).stream().filter((link) -> shown.contains(link.from())).toList();
		if (!first || level >= depth) {
			return new MapBranch(objective, weight, !first, false, level, below.size(), List.of(), List.of());
		}
		List<MapBranch> direct = new ArrayList<>();
		Map<KeyResultId, List<MapBranch>> throughKeyResult = new LinkedHashMap<>();
		for (Link link : below) {
			MapBranch child = branch(link.from(), link.weight(), shown, depth, level + 1, drawn);
			if (link.toObjective() != null) {
				direct.add(child);
			}
			else {
				throughKeyResult.computeIfAbsent(link.toKeyResult(), (key) -> new ArrayList<>()).add(child);
			}
		}
		List<MapBranch.KeyResultBranch> keyResults = objective.keyResults()
			.stream()
			.map((keyResult) -> new MapBranch.KeyResultBranch(keyResult,
					throughKeyResult.getOrDefault(keyResult.id(), List.of())))
			.toList();
		return new MapBranch(objective, weight, false, true, level, below.size(), keyResults, direct);
	}

}
