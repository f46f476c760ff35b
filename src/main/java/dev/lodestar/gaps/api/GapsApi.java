package dev.lodestar.gaps.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.gaps.Gap;
import dev.lodestar.gaps.GapFlag;
import dev.lodestar.gaps.Gaps;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiListing;

/**
 * {@code /api/v1/cycles/{id}/gaps}: a cycle's key results, what needs attention first.
 */
@RestController
class GapsApi {

	private final Gaps gaps;

	GapsApi(Gaps gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/api/v1/cycles/{id}/gaps")
	ApiListing<GapResource> list(@PathVariable String id, @RequestParam(required = false) String teamId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		Paging paging = Paging.of(limit, offset);
		Gaps.CycleGaps page = this.gaps.of(CycleId.fromPath(id),
				(teamId != null && !teamId.isBlank()) ? TeamId.fromField("teamId", teamId) : null, paging.offset(),
				paging.limit());
		return new ApiListing<>(page.gaps().stream().map(GapResource::of).toList(), page.total());
	}

	record GapResource(KeyResultId keyResultId, ObjectiveId objectiveId, TeamId teamId, String title, double progress,
			double expectedProgress, double gap, Integer confidence, Integer confidenceChange, Instant lastCheckInAt,
			List<GapFlag> flags) {

		static GapResource of(Gap gap) {
			return new GapResource(gap.keyResultId(), gap.objectiveId(), gap.teamId(), gap.title(), gap.progress(),
					gap.expectedProgress(), gap.gap(), gap.confidence(), gap.confidenceChange(), gap.lastCheckInAt(),
					gap.flags().stream().sorted().toList());
		}

	}

}
