package dev.lodestar.objectives.web.objective;

import java.util.Map;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.web.RollupSource;
import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.TeamId;

/**
 * One end of an alignment as the objective page links it: an objective or a key result,
 * with where it belongs.
 *
 * @param href the page it links to
 * @param what "objective" or "key result"
 * @param title its title
 * @param context the team it belongs to, and for a key result, its objective
 * @param status the objective's status (or its objective's)
 * @param weight the weight of the link as a person reads it ("weight 2"), or empty for
 * the usual 1
 * @param progress the contributing objective's progress, or {@code null} where not shown
 */
record AlignmentLink(String href, String what, String title, String context, String status, String weight,
		Double progress) {

	AlignmentLink weighted(double weight, Double progress) {
		return new AlignmentLink(this.href, this.what, this.title, this.context, this.status,
				RollupSource.weightLabel(weight), progress);
	}

	AlignmentLink withContext(String context) {
		return new AlignmentLink(this.href, this.what, this.title, context, this.status, this.weight, this.progress);
	}

	static AlignmentLink to(Objective objective, Map<TeamId, String> teamNames) {
		return new AlignmentLink("/objectives/" + objective.id(), "objective", objective.title(),
				ObjectiveSummary.teamName(objective, teamNames), objective.status().value(), "", null);
	}

	static AlignmentLink to(KeyResult keyResult, Objective objective, Map<TeamId, String> teamNames) {
		return new AlignmentLink("/key-results/" + keyResult.id(), "key result", keyResult.title(),
				ObjectiveSummary.teamName(objective, teamNames) + " · " + objective.title(), objective.status().value(),
				"", null);
	}

}
