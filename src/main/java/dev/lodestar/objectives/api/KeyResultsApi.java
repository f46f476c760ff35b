package dev.lodestar.objectives.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * Key results: added under their objective, then read and changed at
 * {@code /api/v1/key-results/{id}}.
 */
@RestController
class KeyResultsApi {

	private final KeyResults keyResults;

	KeyResultsApi(KeyResults keyResults) {
		this.keyResults = keyResults;
	}

	@ApiCreated
	@PostMapping("/api/v1/objectives/{objectiveId}/key-results")
	ResponseEntity<KeyResultResource> create(Actor actor, @PathVariable String objectiveId,
			@RequestBody NewKeyResultRequest body) {
		ObjectiveId objective = ObjectiveId.fromPath(objectiveId);
		var input = new KeyResults.NewKeyResult(body.title(),
				(body.ownerId() != null) ? PersonId.fromField("ownerId", body.ownerId()) : null, body.type(),
				body.startValue(), body.targetValue(), body.unit(), body.weight(),
				(body.metricId() != null) ? MetricId.fromField("metricId", body.metricId()) : null);
		KeyResult created = this.keyResults.create(actor, objective, input);
		return Created.at("/api/v1/key-results/{id}", created.id().toString())
			.eTag(ETags.of(created.version()))
			.body(KeyResultResource.of(created));
	}

	@GetMapping("/api/v1/key-results/{id}")
	ResponseEntity<KeyResultResource> get(@PathVariable String id) {
		return answer(this.keyResults.get(KeyResultId.fromPath(id)));
	}

	@PatchMapping("/api/v1/key-results/{id}")
	ResponseEntity<KeyResultResource> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = KeyResultPatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		String title = patch.text("title");
		String owner = patch.text("ownerId");
		Double start = patch.number("startValue");
		Double target = patch.number("targetValue");
		var unit = patch.optionalText("unit");
		Double weight = patch.number("weight");
		Double score = patch.number("score");
		var scoreReason = patch.optionalText("scoreReason");
		var metric = patch.optionalText("metricId");
		for (String fixed : new String[] { "type", "objectiveId", "currentValue", "confidence", "carriedFrom" }) {
			if (patch.has(fixed)) {
				patch.errors()
					.add(fixed, fixed.equals("currentValue") || fixed.equals("confidence") ? "changes with a check-in"
							: "cannot be changed");
			}
		}
		patch.validate();
		var changes = new KeyResults.KeyResultChanges(title,
				(owner != null) ? PersonId.fromField("ownerId", owner) : null, start, target,
				(unit != null) ? unit.orElse("") : null, weight, score, scoreReason,
				(metric != null) ? metric.map((raw) -> MetricId.fromField("metricId", raw)) : null);
		return answer(this.keyResults.update(actor, KeyResultId.fromPath(id),
				ETags.expectedVersion(ifMatch, "key result"), changes));
	}

	@DeleteMapping("/api/v1/key-results/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.keyResults.delete(actor, KeyResultId.fromPath(id), ETags.expectedVersion(ifMatch, "key result"));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<KeyResultResource> answer(KeyResult keyResult) {
		return ResponseEntity.ok().eTag(ETags.of(keyResult.version())).body(KeyResultResource.of(keyResult));
	}

	record NewKeyResultRequest(String title, String ownerId, KeyResultType type, Double startValue, Double targetValue,
			String unit, Double weight, String metricId) {
	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record KeyResultPatch(String title, String ownerId, Double startValue, Double targetValue, String unit,
			Double weight, Double score, String scoreReason, String metricId) {
	}

}
