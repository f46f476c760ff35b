package dev.lodestar.review.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.review.ReviewStep;
import dev.lodestar.review.Reviews;
import dev.lodestar.web.Format;

/**
 * The objectives waiting for a person's review as the pages list them: five statements at
 * most, however many wait.
 */
@Component
class WaitingRows {

	private final Reviews reviews;

	private final People people;

	private final Format format;

	private final Teams teams;

	WaitingRows(Reviews reviews, People people, Teams teams, Format format) {
		this.teams = teams;
		this.reviews = reviews;
		this.people = people;
		this.format = format;
	}

	List<WaitingRow> of(Actor actor) {
		List<Reviews.Waiting> waiting = this.reviews.waitingFor(actor);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<PersonId, String> names = this.people.names(waiting.stream()
			.map(Reviews.Waiting::submission)
			.filter(Objects::nonNull)
			.map(ReviewStep::by)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Map<TeamId, String> teamNames = this.teams
			.names(waiting.stream().flatMap((one) -> one.objective().teamIds().stream()).distinct().toList());
		return waiting.stream().map((one) -> {
			ReviewStep submission = one.submission();
			String teams = one.objective().teamIds().isEmpty() ? "Company-wide"
					: one.objective()
						.teamIds()
						.stream()
						.map((team) -> teamNames.getOrDefault(team, "A team"))
						.collect(Collectors.joining(", "));
			return new WaitingRow(one.objective().id().toString(), one.objective().title(), teams,
					(submission != null && submission.by() != null) ? names.get(submission.by()) : null,
					(submission != null) ? this.format.day(submission.at()) : null);
		}).toList();
	}

	/** One objective waiting for a review. */
	record WaitingRow(String objectiveId, String title, String teams, String submittedBy, String submittedAt) {
	}

}
