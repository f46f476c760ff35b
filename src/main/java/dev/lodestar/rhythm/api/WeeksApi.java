package dev.lodestar.rhythm.api;

import java.util.List;

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

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.Priorities;
import dev.lodestar.rhythm.Priority;
import dev.lodestar.rhythm.PriorityId;
import dev.lodestar.rhythm.TeamWeeks;
import dev.lodestar.rhythm.Week;
import dev.lodestar.rhythm.Win;
import dev.lodestar.rhythm.Wins;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/teams/{id}/weeks/{monday}}: a team's week, its priorities (add, carry
 * over, change, tick, remove) and its written wins. The week is named by its Monday; any
 * other date is a 400 naming {@code week}.
 */
@RestController
class WeeksApi {

	private final TeamWeeks weeks;

	private final Priorities priorities;

	private final Wins wins;

	private final People people;

	WeeksApi(TeamWeeks weeks, Priorities priorities, Wins wins, People people) {
		this.people = people;
		this.weeks = weeks;
		this.priorities = priorities;
		this.wins = wins;
	}

	@GetMapping("/api/v1/teams/{id}/weeks/{monday}")
	WeekResource week(Actor actor, @PathVariable String id, @PathVariable String monday) {
		TeamId team = TeamId.fromPath(id);
		return WeekResource.of(this.weeks.week(actor, team, Week.parse("week", monday)));
	}

	/**
	 * Adds a priority: {@code {"text"}}, or {@code {"carriedFrom"}} to carry one of last
	 * week's unfinished priorities over.
	 */
	@ApiCreated
	@PostMapping("/api/v1/teams/{id}/weeks/{monday}/priorities")
	ResponseEntity<PriorityResource> addPriority(Actor actor, @PathVariable String id, @PathVariable String monday,
			@RequestBody NewPriorityRequest body) {
		TeamId team = TeamId.fromPath(id);
		Week week = Week.parse("week", monday);
		Priority added = (body.carriedFrom() != null)
				? this.priorities.carryOver(actor, team, PriorityId.fromField("carriedFrom", body.carriedFrom()), week)
				: this.priorities.add(actor, team, week, body.text());
		return Created.at("/api/v1/priorities/{id}", added.id().toString())
			.eTag(ETags.of(added.version()))
			.body(PriorityResource.of(added));
	}

	@GetMapping("/api/v1/priorities/{id}")
	ResponseEntity<PriorityResource> priority(@PathVariable String id) {
		return answer(this.priorities.get(PriorityId.fromPath(id)));
	}

	@PatchMapping("/api/v1/priorities/{id}")
	ResponseEntity<PriorityResource> changePriority(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PriorityPatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		String text = patch.text("text");
		Boolean done = done(patch, body);
		patch.validate();
		return answer(this.priorities.change(actor, PriorityId.fromPath(id), ETags.expectedVersion(ifMatch, "priority"),
				text, done));
	}

	@DeleteMapping("/api/v1/priorities/{id}")
	ResponseEntity<Void> removePriority(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.priorities.remove(actor, PriorityId.fromPath(id), ETags.expectedVersion(ifMatch, "priority"));
		return ResponseEntity.noContent().build();
	}

	@ApiCreated
	@PostMapping("/api/v1/teams/{id}/weeks/{monday}/wins")
	ResponseEntity<WeekResource.WinResource> writeWin(Actor actor, @PathVariable String id, @PathVariable String monday,
			@RequestBody NewWinRequest body) {
		TeamId team = TeamId.fromPath(id);
		Week week = Week.parse("week", monday);
		Win win = this.wins.write(actor, team, week, body.text());
		return Created.at("/api/v1/teams/{id}/weeks/{monday}", team, week)
			.body(WeekResource.WinResource.of(win, this.people.names(List.of(actor.personId())).get(actor.personId())));
	}

	private static Boolean done(MergePatch patch, JsonNode body) {
		JsonNode done = body.get("done");
		if (done == null) {
			return null;
		}
		if (!done.isBoolean()) {
			patch.errors().add("done", "must be true or false");
			return null;
		}
		return done.booleanValue();
	}

	private static ResponseEntity<PriorityResource> answer(Priority priority) {
		return ResponseEntity.ok().eTag(ETags.of(priority.version())).body(PriorityResource.of(priority));
	}

	record NewPriorityRequest(String text, String carriedFrom) {
	}

	record NewWinRequest(String text) {
	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record PriorityPatch(String text, Boolean done) {
	}

}
