package dev.lodestar.overlaps.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.overlaps.Measured;
import dev.lodestar.overlaps.Overlaps;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.ApiListing;

/**
 * Similar objectives of other teams, and a cycle's overlaps: what an alignment workshop
 * settles. Whoever may read objectives may read these.
 */
@RestController
class OverlapsApi {

	/** How many pairs of each kind a cycle's overlaps answer by default, and at most. */
	static final int DEFAULT_PAIRS = 100;

	static final int MAX_PAIRS = 1_000;

	private final Overlaps overlaps;

	private final Cycles cycles;

	OverlapsApi(Overlaps overlaps, Cycles cycles) {
		this.overlaps = overlaps;
		this.cycles = cycles;
	}

	@GetMapping("/api/v1/objectives/{id}/similar")
	ApiListing<SimilarResource> similar(@PathVariable String id, @RequestParam(required = false) Integer limit) {
		List<SimilarResource> items = this.overlaps.similarTo(ObjectiveId.fromPath(id), limit)
			.stream()
			.map((one) -> new SimilarResource(one.objectiveId().toString(), one.teamId().toString(), one.title(),
					one.similarity()))
			.toList();
		return new ApiListing<>(items, items.size());
	}

	@GetMapping("/api/v1/cycles/{id}/overlaps")
	CycleOverlapsResource ofCycle(@PathVariable String id, @RequestParam(required = false) Integer limit) {
		int max = pairs(limit);
		Cycle cycle = this.cycles.get(CycleId.fromPath(id));
		Overlaps.CycleOverlaps found = this.overlaps.ofCycle(cycle.id());
		return new CycleOverlapsResource(cycle.id().toString(),
				found.objectives()
					.stream()
					.limit(max)
					.map((pair) -> new ObjectivePairResource(side(pair.a()), side(pair.b()), round(pair.similarity())))
					.toList(),
				found.keyResults()
					.stream()
					.limit(max)
					.map((pair) -> new KeyResultPairResource(side(pair.a()), side(pair.b()), pair.measure(),
							round(pair.similarity())))
					.toList(),
				found.objectives().size(), found.keyResults().size());
	}

	private static int pairs(Integer limit) {
		if (limit == null) {
			return DEFAULT_PAIRS;
		}
		if (limit < 1 || limit > MAX_PAIRS) {
			throw InvalidInputException.of("limit", "must be from 1 to " + MAX_PAIRS);
		}
		return limit;
	}

	private static ObjectiveSide side(ObjectiveText objective) {
		return new ObjectiveSide(objective.id().toString(), ids(objective.teamIds()), objective.title());
	}

	private static KeyResultSide side(Measured measured) {
		return new KeyResultSide(measured.keyResult().id().toString(), measured.objective().id().toString(),
				ids(measured.teamIds()), measured.keyResult().title(), measured.direction().value());
	}

	private static List<String> ids(List<TeamId> teams) {
		return teams.stream().map(TeamId::toString).toList();
	}

	private static double round(double similarity) {
		return Math.round(similarity * 100) / 100.0;
	}

	/** An objective of another team and how similar it is, from 0.0 to 1.0. */
	record SimilarResource(String objectiveId, String teamId, String title, double similarity) {
	}

	/**
	 * A cycle's overlapping objectives and competing key results, closest first, at most
	 * {@code limit} of each; the totals count them all.
	 */
	record CycleOverlapsResource(String cycleId, List<ObjectivePairResource> objectives,
			List<KeyResultPairResource> keyResults, long objectivesTotal, long keyResultsTotal) {
	}

	/** Two similar objectives of different teams. */
	record ObjectivePairResource(ObjectiveSide a, ObjectiveSide b, double similarity) {
	}

	/**
	 * Two key results of different teams that move the same measure in opposite
	 * directions; {@code measure} names it in the words of {@code a}.
	 */
	record KeyResultPairResource(KeyResultSide a, KeyResultSide b, String measure, double similarity) {
	}

	/** One objective of a pair: its teams, the first being the one that set it. */
	record ObjectiveSide(String objectiveId, List<String> teamIds, String title) {
	}

	/** One key result of a pair, and the way it moves: {@code rises} or {@code falls}. */
	record KeyResultSide(String keyResultId, String objectiveId, List<String> teamIds, String title, String direction) {
	}

}
