package dev.lodestar.review.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.web.objective.ObjectivePageSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.review.ReviewStep;
import dev.lodestar.review.Reviews;
import dev.lodestar.web.Format;

/**
 * The review's section of an objective's page: shown when the organisation reviews
 * objectives, and for an objective with a review behind it or in review. Four statements
 * at most.
 */
@Component
class ReviewPanels implements ObjectivePageSection {

	private final Reviews reviews;

	private final People people;

	private final Format format;

	ReviewPanels(Reviews reviews, People people, Format format) {
		this.reviews = reviews;
		this.people = people;
		this.format = format;
	}

	@Override
	public String template() {
		return "review/fragments";
	}

	@Override
	public Object view(Actor actor, Objective objective) {
		ReviewPanel panel = panel(actor, objective);
		return (panel.required() || !panel.steps().isEmpty() || panel.inReview()) ? panel : null;
	}

	ReviewPanel panel(Actor actor, Objective objective) {
		List<ReviewStep> steps = this.reviews.historyOf(objective);
		Reviews.Allowed allowed = this.reviews.allowed(actor, objective, steps);
		Map<PersonId, String> names = this.people
			.names(steps.stream().map(ReviewStep::by).filter(Objects::nonNull).distinct().toList());
		List<ReviewPanel.StepRow> rows = steps.stream()
			.map((step) -> new ReviewPanel.StepRow(step.action().value(),
					(step.by() != null) ? names.getOrDefault(step.by(), "Someone") : "Someone no longer here",
					step.comment(), this.format.day(step.at())))
			.toList();
		return new ReviewPanel(objective.id().toString(), objective.status().value(), allowed.required(),
				allowed.submit(), allowed.review(), rows, null, Map.of());
	}

}
