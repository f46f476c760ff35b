package dev.lodestar.objectives.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.lodestar.objectives.Contribution;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;

/**
 * One link of {@code contributesTo} as the API shows it: the objective or key result
 * contributed to, and the weight.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What the objective contributes to: objectiveId or keyResultId, with a weight above 0")
record ContributionResource(ObjectiveId objectiveId, KeyResultId keyResultId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) double weight) {

	static List<ContributionResource> of(List<Contribution> links) {
		return links.stream()
			.map((link) -> new ContributionResource(link.objectiveId(), link.keyResultId(), link.weight()))
			.toList();
	}

}
