package dev.lodestar.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.dependencies.DependencyStatus;
import dev.lodestar.objectives.AlignmentQueries;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.Link;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.NotFoundException;

/**
 * The alignment of a cycle as a whole: the map (a tree from the company's objectives
 * down, optionally around one team or below one objective), the graph the API answers,
 * and the coverage an alignment workshop looks at (which teams have objectives, which
 * objectives contribute to nothing).
 */
@Service
@Transactional(readOnly = true)
public class Alignment {

	/** How many levels below its top the map draws before folding. */
	static final int DEPTH = 3;

	private final AlignmentQueries queries;

	private final Cycles cycles;

	private final Teams teams;

	private final Dependencies dependencies;

	Alignment(AlignmentQueries queries, Cycles cycles, Teams teams, Dependencies dependencies) {
		this.queries = queries;
		this.cycles = cycles;
		this.teams = teams;
		this.dependencies = dependencies;
	}

	/**
	 * The map of a cycle: the whole of it, what one team takes part in ({@code team}), or
	 * what contributes to one objective ({@code focus}, with the objectives above it).
	 * Everything around a team is drawn; otherwise {@value #DEPTH} levels, deeper ones
	 * folded.
	 */
	public MapView map(CycleId cycleId, TeamId team, ObjectiveId focus) {
		Cycle cycle = this.cycles.get(cycleId);
		MapTree tree = new MapTree(this.queries.graphOf(cycleId));
		Set<ObjectiveId> shown = (team != null) ? tree.around(team) : everything(tree);
		List<ObjectiveId> roots;
		List<ObjectiveNode> above = List.of();
		if (focus != null) {
			ObjectiveNode focused = tree.objective(focus);
			if (focused == null) {
				throw new NotFoundException("objective", focus);
			}
			roots = List.of(focus);
			above = above(tree, focus);
		}
		else {
			roots = tree.roots(shown);
		}
		int depth = (team != null) ? Integer.MAX_VALUE : DEPTH;
		List<Team> all = this.teams.all();
		List<Dependency> dependencies = this.dependencies.ofCycle(cycleId);
		Map<KeyResultId, List<Dependency>> byKeyResult = dependencies.stream()
			.filter((dependency) -> dependency.keyResultId() != null)
			.collect(Collectors.groupingBy(Dependency::keyResultId));
		return new MapView(cycle, tree.branches(roots, shown, depth), above, coverage(cycle, tree, all, dependencies),
				all.stream().collect(Collectors.toMap(Team::id, Team::name)), byKeyResult);
	}

	/** The graph of a cycle, or of what one team takes part in, as the API answers it. */
	public Graph graph(CycleId cycleId, TeamId team) {
		this.cycles.get(cycleId);
		MapTree tree = new MapTree(this.queries.graphOf(cycleId));
		Set<ObjectiveId> shown = (team != null) ? tree.around(team) : everything(tree);
		List<ObjectiveNode> objectives = tree.objectives()
			.stream()
			.filter((objective) -> shown.contains(objective.id()))
			.toList();
		List<Link> links = tree.links()
			.stream()
			.filter((link) -> shown.contains(link.from()) && shown.contains(tree.target(link)))
			.toList();
		Set<KeyResultNode> keyResults = new LinkedHashSet<>();
		links.stream()
			.filter((link) -> link.toKeyResult() != null)
			.forEach((link) -> keyResults.add(tree.keyResult(link.toKeyResult())));
		return new Graph(objectives, List.copyOf(keyResults), links);
	}

	/** The coverage of a cycle's alignment. */
	public Coverage coverage(CycleId cycleId) {
		Cycle cycle = this.cycles.get(cycleId);
		return coverage(cycle, new MapTree(this.queries.graphOf(cycleId)), this.teams.all(),
				this.dependencies.ofCycle(cycleId));
	}

	private static Coverage coverage(Cycle cycle, MapTree tree, List<Team> all, List<Dependency> dependencies) {
		Set<TeamId> withObjectives = new LinkedHashSet<>();
		Set<TeamId> withPublished = new LinkedHashSet<>();
		List<ObjectiveNode> unaligned = new ArrayList<>();
		int aligned = 0;
		int shared = 0;
		for (ObjectiveNode objective : tree.objectives()) {
			withObjectives.addAll(objective.teamIds());
			if (objective.status() == ObjectiveStatus.PUBLISHED) {
				withPublished.addAll(objective.teamIds());
			}
			if (tree.aligned(objective.id())) {
				aligned++;
			}
			else if (!objective.teamIds().isEmpty()) {
				unaligned.add(objective);
			}
			if (objective.teamIds().size() > 1) {
				shared++;
			}
		}
		List<Team> without = all.stream()
			.filter((team) -> !withObjectives.contains(team.id()))
			.sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Coverage(cycle.id(), all.size(), withPublished.size(), without, tree.objectives().size(), aligned,
				shared, unaligned, count(dependencies, DependencyStatus.REQUESTED),
				count(dependencies, DependencyStatus.ACCEPTED), count(dependencies, DependencyStatus.DECLINED));
	}

	private static int count(List<Dependency> dependencies, DependencyStatus status) {
		return (int) dependencies.stream().filter((dependency) -> dependency.status() == status).count();
	}

	private static Set<ObjectiveId> everything(MapTree tree) {
		return tree.objectives().stream().map(ObjectiveNode::id).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The first chain of objectives above one, from the top down to its parent. */
	private static List<ObjectiveNode> above(MapTree tree, ObjectiveId focus) {
		List<ObjectiveNode> chain = new ArrayList<>();
		Set<ObjectiveId> seen = new LinkedHashSet<>(List.of(focus));
		ObjectiveId current = focus;
		while (true) {
			ObjectiveId from = current;
			ObjectiveId next = tree.links()
				.stream()
				.filter((link) -> link.from().equals(from))
				.map(tree::target)
				.findFirst()
				.orElse(null);
			if (next == null || !seen.add(next)) {
				break;
			}
			chain.add(0, tree.objective(next));
			current = next;
		}
		return chain;
	}

	/**
	 * The map of a cycle: its branches from the top, the objectives above a focused one,
	 * the cycle's coverage, every team's name, and the dependencies asked for key
	 * results.
	 */
	public record MapView(Cycle cycle, List<MapBranch> branches, List<ObjectiveNode> above, Coverage coverage,
			Map<TeamId, String> teamNames, Map<KeyResultId, List<Dependency>> dependencies) {
	}

	/**
	 * A cycle's graph: its objectives, the key results that objectives contribute to, and
	 * the links between them.
	 */
	public record Graph(List<ObjectiveNode> objectives, List<KeyResultNode> keyResults, List<Link> links) {
	}

	/**
	 * How far a cycle's alignment reaches: how many teams there are, how many have a
	 * published objective, those with no objective at all, how many objectives there are,
	 * how many contribute to something, how many are shared by several teams, the teams'
	 * objectives that contribute to nothing, and how many dependencies between teams are
	 * requested, accepted and declined.
	 */
	public record Coverage(CycleId cycleId, int teams, int teamsWithPublishedObjectives,
			List<Team> teamsWithoutObjectives, int objectives, int alignedObjectives, int sharedObjectives,
			List<ObjectiveNode> unalignedObjectives, int requestedDependencies, int acceptedDependencies,
			int declinedDependencies) {
	}

}
