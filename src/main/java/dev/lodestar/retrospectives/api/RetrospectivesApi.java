package dev.lodestar.retrospectives.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.retrospectives.Retrospective;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;

/**
 * {@code /api/v1/cycles/{id}/retrospectives/{teamId}}: a team's retrospective of a cycle,
 * written with {@code PUT} (the first write answers 201) and read with {@code GET};
 * {@code /api/v1/objectives/{id}/learning}: what the team learned about one objective.
 */
@RestController
class RetrospectivesApi {

	private final Retrospectives retrospectives;

	RetrospectivesApi(Retrospectives retrospectives) {
		this.retrospectives = retrospectives;
	}

	@GetMapping("/api/v1/cycles/{id}/retrospectives")
	ApiListing<RetrospectiveResource> list(@PathVariable String id) {
		List<RetrospectiveResource> items = this.retrospectives.ofCycle(CycleId.fromPath(id))
			.stream()
			.map(RetrospectiveResource::of)
			.toList();
		return new ApiListing<>(items, items.size());
	}

	@GetMapping("/api/v1/cycles/{id}/retrospectives/{teamId}")
	ResponseEntity<RetrospectiveResource> get(@PathVariable String id, @PathVariable String teamId) {
		Retrospective retro = this.retrospectives.get(CycleId.fromPath(id), TeamId.fromPath(teamId));
		return ResponseEntity.ok().eTag(ETags.of(retro.version())).body(RetrospectiveResource.of(retro));
	}

	@ApiCreated(orUpdated = true)
	@PutMapping("/api/v1/cycles/{id}/retrospectives/{teamId}")
	ResponseEntity<RetrospectiveResource> put(Actor actor, @PathVariable String id, @PathVariable String teamId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody AnswersRequest body) {
		Retrospective retro = this.retrospectives.put(actor, CycleId.fromPath(id), TeamId.fromPath(teamId),
				ETags.expectedVersion(ifMatch, "retrospective"),
				new Retrospectives.Answers(body.worked(), body.didNotWork(), body.change(), body.held()));
		boolean created = retro.version() == 1;
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.location(created ? Created.location("/api/v1/cycles/{id}/retrospectives/{teamId}", id, teamId) : null)
			.eTag(ETags.of(retro.version()))
			.body(RetrospectiveResource.of(retro));
	}

	@GetMapping("/api/v1/objectives/{id}/learning")
	LearningResource learning(@PathVariable String id) {
		ObjectiveId objective = ObjectiveId.fromPath(id);
		return new LearningResource(objective, this.retrospectives.learningOf(objective));
	}

	@PutMapping("/api/v1/objectives/{id}/learning")
	LearningResource putLearning(Actor actor, @PathVariable String id, @RequestBody LearningRequest body) {
		ObjectiveId objective = ObjectiveId.fromPath(id);
		return new LearningResource(objective, this.retrospectives.putLearning(actor, objective, body.learning()));
	}

	record AnswersRequest(String worked, String didNotWork, String change, Boolean held) {
	}

	record LearningRequest(String learning) {
	}

	record LearningResource(ObjectiveId objectiveId, String learning) {
	}

}
