package dev.lodestar.alignment.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.alignment.Alignment;
import dev.lodestar.alignment.Alignment.Coverage;
import dev.lodestar.alignment.Alignment.Graph;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.Link;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;

/**
 * {@code /api/v1/cycles/{id}/alignment}: how a cycle's objectives connect, as a graph;
 * {@code /api/v1/cycles/{id}/coverage}: how far the alignment reaches.
 */
@RestController
class AlignmentApi {

	private final Alignment alignment;

	private final Teams teams;

	AlignmentApi(Alignment alignment, Teams teams) {
		this.alignment = alignment;
		this.teams = teams;
	}

	@Operation(summary = "The alignment graph of a cycle",
			description = "Objectives and the key results they contribute to are nodes; each edge goes from a "
					+ "contributing objective to the objective or key result it contributes to, with its weight. "
					+ "With teamId, only what that team's objectives contribute to and what contributes to them.")
	@GetMapping("/api/v1/cycles/{id}/alignment")
	GraphResource graph(@PathVariable String id, @RequestParam(required = false) String teamId) {
		return GraphResource.of(this.alignment.graph(CycleId.fromPath(id), team(teamId)));
	}

	@Operation(summary = "The coverage of a cycle's alignment",
			description = "How many teams there are, how many have a published objective, the teams without any "
					+ "objective, how many objectives there are, how many contribute to something, how many are "
					+ "shared by several teams, and the cycle's dependencies by status.")
	@GetMapping("/api/v1/cycles/{id}/coverage")
	CoverageResource coverage(@PathVariable String id) {
		return CoverageResource.of(this.alignment.coverage(CycleId.fromPath(id)));
	}

	private TeamId team(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		TeamId team = TeamId.fromField("teamId", raw);
		if (!this.teams.exists(team)) {
			FieldErrors errors = new FieldErrors();
			errors.add("teamId", "is not a known team");
			errors.throwIfAny();
		}
		return team;
	}

	/** The graph: its nodes and its edges. */
	record GraphResource(List<NodeResource> nodes, List<EdgeResource> edges) {

		static GraphResource of(Graph graph) {
			List<NodeResource> nodes = new ArrayList<>();
			Map<ObjectiveId, List<TeamId>> teams = new HashMap<>();
			graph.objectives().forEach((objective) -> {
				nodes.add(NodeResource.of(objective));
				teams.put(objective.id(), objective.teamIds());
			});
			graph.keyResults()
				.forEach((keyResult) -> nodes
					.add(NodeResource.of(keyResult, teams.getOrDefault(keyResult.objectiveId(), List.of()))));
			return new GraphResource(nodes, graph.links().stream().map(EdgeResource::of).toList());
		}

	}

	/**
	 * An objective ({@code kind} "objective") or a key result that objectives contribute
	 * to ({@code kind} "keyResult", with the objective it belongs to).
	 */
	record NodeResource(String id, String kind, List<TeamId> teamIds, String title, double progress,
			String objectiveId) {

		static NodeResource of(ObjectiveNode objective) {
			return new NodeResource(objective.id().toString(), "objective", objective.teamIds(), objective.title(),
					objective.progress(), null);
		}

		static NodeResource of(KeyResultNode keyResult, List<TeamId> teams) {
			return new NodeResource(keyResult.id().toString(), "keyResult", teams, keyResult.title(),
					keyResult.progress(), keyResult.objectiveId().toString());
		}

	}

	/** The coverage of a cycle's alignment. */
	record CoverageResource(int teams, int teamsWithPublishedObjectives, List<TeamId> teamsWithoutObjectives,
			int objectives, int alignedObjectives, int sharedObjectives, DependencyCounts dependencies) {

		static CoverageResource of(Coverage coverage) {
			return new CoverageResource(coverage.teams(), coverage.teamsWithPublishedObjectives(),
					coverage.teamsWithoutObjectives().stream().map(Team::id).toList(), coverage.objectives(),
					coverage.alignedObjectives(), coverage.sharedObjectives(),
					new DependencyCounts(coverage.requestedDependencies(), coverage.acceptedDependencies(),
							coverage.declinedDependencies()));
		}

	}

	/** How many of a cycle's dependencies are requested, accepted and declined. */
	record DependencyCounts(int requested, int accepted, int declined) {
	}

	/**
	 * A contributing objective ({@code from}) and what it contributes to ({@code to}).
	 */
	record EdgeResource(String from, String to, double weight) {

		static EdgeResource of(Link link) {
			return new EdgeResource(link.from().toString(),
					(link.toObjective() != null) ? link.toObjective().toString() : link.toKeyResult().toString(),
					link.weight());
		}

	}

}
