package dev.lodestar.objectives.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Contribution;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Links;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * One link of {@code contributesTo} as clients send it: {@code objectiveId} or
 * {@code keyResultId}, and an optional {@code weight} (1 unless given).
 */
@Schema(description = "A link: objectiveId or keyResultId, and weight (above 0; 1 unless given)")
record ContributionRequest(String objectiveId, String keyResultId, Double weight) {

	/**
	 * The links as read from a request, every problem named by its place in the list.
	 */
	static Links links(List<ContributionRequest> requests) {
		FieldErrors problems = new FieldErrors();
		List<Contribution> links = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			ContributionRequest request = requests.get(i);
			if (request == null) {
				problems.add(Links.field(i, null), "must be an object with objectiveId or keyResultId");
				continue;
			}
			Alignment target = request.target(problems, i);
			if (target != null) {
				links.add(Contribution.of(problems, Links.field(i, "weight"), target, request.weight()));
			}
		}
		return Links.of(links, problems);
	}

	/**
	 * The links read from a merge patch's {@code contributesTo}: {@code null} clears them
	 * (as an empty list does).
	 */
	static Links links(JsonNode node) {
		if (node == null || node.isNull()) {
			return Links.none();
		}
		if (!node.isArray()) {
			throw InvalidInputException.of(Links.FIELD, "must be a list of links");
		}
		FieldErrors problems = new FieldErrors();
		List<ContributionRequest> requests = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			requests.add(read(node.get(i), i, problems));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.list());
		}
		return links(requests);
	}

	private static ContributionRequest read(JsonNode link, int index, FieldErrors problems) {
		if (!link.isObject()) {
			problems.add(Links.field(index, null), "must be an object with objectiveId or keyResultId");
			return null;
		}
		String objective = text(link, "objectiveId", index, problems);
		String keyResult = text(link, "keyResultId", index, problems);
		JsonNode weight = link.get("weight");
		if (weight != null && !weight.isNull() && !weight.isNumber()) {
			problems.add(Links.field(index, "weight"), "must be a number");
		}
		return new ContributionRequest(objective, keyResult,
				(weight != null && weight.isNumber()) ? weight.doubleValue() : null);
	}

	private static String text(JsonNode link, String field, int index, FieldErrors problems) {
		JsonNode value = link.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			problems.add(Links.field(index, field), "must be a string");
			return null;
		}
		return value.stringValue();
	}

	private Alignment target(FieldErrors problems, int index) {
		if ((this.objectiveId == null) == (this.keyResultId == null)) {
			problems.add(Links.field(index, null), "must name either an objectiveId or a keyResultId");
			return null;
		}
		try {
			return (this.objectiveId != null)
					? Alignment.toObjective(ObjectiveId.fromField(Links.field(index, "objectiveId"), this.objectiveId))
					: Alignment.toKeyResult(KeyResultId.fromField(Links.field(index, "keyResultId"), this.keyResultId));
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> problems.add(error.field(), error.message()));
			return null;
		}
	}

}
