package dev.lodestar.objectives.api;

import java.util.List;

import dev.lodestar.cycles.CycleId;
import org.springframework.modulith.NamedInterface;

import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.organization.TeamId;

/**
 * An objective as the API shows it, with its key results embedded and the progress they
 * add up to; {@code alignedTo} is the first link of {@code contributesTo}, or null;
 * {@code teamIds} every owning team, {@code teamId} the first. Other features that create
 * an objective (from a template, say) answer with it too.
 */
@NamedInterface("resources")
public record ObjectiveResource(ObjectiveId id, CycleId cycleId, TeamId teamId, List<TeamId> teamIds, String title,
		String description, ObjectiveKind kind, ObjectiveStatus status, Alignment alignedTo,
		List<ContributionResource> contributesTo, double progress, Double score, String scoreReason,
		Boolean metExpectation, ObjectiveId carriedFrom, String droppedReason, List<KeyResultResource> keyResults,
		long version) {

	public static ObjectiveResource of(ObjectiveView view) {
		Objective objective = view.objective();
		return new ObjectiveResource(objective.id(), objective.cycleId(), objective.teamId(), objective.teamIds(),
				objective.title(), objective.description(), objective.kind(), objective.status(), view.alignedTo(),
				ContributionResource.of(view.contributesTo()), view.progress(), view.score(), objective.scoreReason(),
				view.metExpectation(), objective.carriedFrom(), objective.droppedReason(),
				view.keyResults().stream().map(KeyResultResource::of).toList(), objective.version());
	}

}
