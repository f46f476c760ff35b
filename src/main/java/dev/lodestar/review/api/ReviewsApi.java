package dev.lodestar.review.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.review.ReviewAction;
import dev.lodestar.review.ReviewStep;
import dev.lodestar.review.Reviews;
import dev.lodestar.shared.InvalidInputException;

/**
 * {@code /api/v1/objectives/{id}/review}: the steps of an objective's review, and a new
 * one.
 */
@RestController
@RequestMapping("/api/v1/objectives/{id}/review")
class ReviewsApi {

	private final Reviews reviews;

	private final Objectives objectives;

	ReviewsApi(Reviews reviews, Objectives objectives) {
		this.reviews = reviews;
		this.objectives = objectives;
	}

	@GetMapping
	ReviewResource history(@PathVariable String id) {
		return resource(ObjectiveId.fromPath(id));
	}

	/**
	 * Takes a step and answers the whole review with the objective's new status.
	 */
	@PostMapping
	ReviewResource act(Actor actor, @PathVariable String id, @RequestBody ReviewRequest body) {
		ObjectiveId objective = ObjectiveId.fromPath(id);
		this.reviews.act(actor, objective, action(body.action()), body.comment());
		return resource(objective);
	}

	private ReviewResource resource(ObjectiveId id) {
		List<StepResource> items = this.reviews.history(id).stream().map(StepResource::of).toList();
		return new ReviewResource(id.toString(), this.objectives.get(id).status().value(), items);
	}

	/**
	 * The action a text names: only the words themselves.
	 */
	private static ReviewAction action(String raw) {
		if (raw == null) {
			throw InvalidInputException.of("action", "is required: one of " + ReviewAction.names());
		}
		return ReviewAction.of(raw)
			.orElseThrow(() -> InvalidInputException.of("action", "must be one of " + ReviewAction.names()));
	}

	/**
	 * A step of the review.
	 *
	 * @param comment what should change; required to request changes, optional otherwise
	 */
	record ReviewRequest(@Schema(allowableValues = {
			"submit", "approve", "request-changes" }, requiredMode = Schema.RequiredMode.REQUIRED) String action,
			String comment){
	}

	/**
	 * An objective's review: its status now and every step, oldest first.
	 */
	record ReviewResource(String objectiveId, @Schema(allowableValues = {
			"draft", "in-review", "published", "archived" }) String status, List<StepResource> items){
	}

	/**
	 * One step: what was done, by whom (a person's id, or {@code null} once they are
	 * removed), the comment, and when.
	 */
	record StepResource(@Schema(allowableValues = {
			"submit", "approve", "request-changes" }) String action, String by, String comment, Instant at){

		static StepResource of(ReviewStep step) {
			return new StepResource(step.action().value(), (step.by() != null) ? step.by().toString() : null,
					step.comment(), step.at());
		}

	}

}
