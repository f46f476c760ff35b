package dev.lodestar.objectives.api;

import java.util.List;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.CarryOvers;
import dev.lodestar.objectives.Links;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/objectives}: objectives with their key results embedded.
 */
@RestController
@RequestMapping("/api/v1/objectives")
class ObjectivesApi {

	private final Objectives objectives;

	private final CarryOvers carryOvers;

	ObjectivesApi(Objectives objectives, CarryOvers carryOvers) {
		this.objectives = objectives;
		this.carryOvers = carryOvers;
	}

	@GetMapping
	ApiListing<ObjectiveResource> list(@RequestParam(required = false) String cycleId,
			@RequestParam(required = false) String teamId, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		CycleId cycle = (cycleId != null) ? CycleId.fromField("cycleId", cycleId) : null;
		TeamId team = (teamId != null) ? TeamId.fromField("teamId", teamId) : null;
		return ApiListing.of(this.objectives.list(cycle, team, Paging.of(limit, offset)).map(ObjectiveResource::of));
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<ObjectiveResource> create(Actor actor, @RequestBody NewObjectiveRequest body) {
		var input = new Objectives.NewObjective(
				(body.cycleId() != null) ? CycleId.fromField("cycleId", body.cycleId()) : null,
				(body.teamId() != null) ? TeamId.fromField("teamId", body.teamId()) : null, teamIds(body.teamIds()),
				body.title(), body.description(), body.kind(),
				links((body.alignedTo() != null) ? Optional.of(body.alignedTo().toAlignment()) : null,
						(body.contributesTo() != null) ? ContributionRequest.links(body.contributesTo()) : null));
		ObjectiveView created = this.objectives.create(actor, input);
		return Created.at("/api/v1/objectives/{id}", created.objective().id().toString())
			.eTag(ETags.of(created.objective().version()))
			.body(ObjectiveResource.of(created));
	}

	@GetMapping("/{id}")
	ResponseEntity<ObjectiveResource> get(@PathVariable String id) {
		return answer(this.objectives.view(ObjectiveId.fromPath(id)));
	}

	@PatchMapping("/{id}")
	ResponseEntity<ObjectiveResource> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = ObjectivePatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		String title = patch.text("title");
		var description = patch.optionalText("description");
		var kind = patch.enumValue("kind", ObjectiveKind.class);
		var status = patch.enumValue("status", ObjectiveStatus.class);
		var alignedTo = patch.optionalObject("alignedTo");
		Links links = patch.has(Links.FIELD) ? ContributionRequest.links(body.get(Links.FIELD)) : null;
		var teamId = patch.optionalText("teamId");
		List<TeamId> teamIds = patch.has("teamIds") ? teamIds(patch, body.get("teamIds")) : null;
		var scoreReason = patch.optionalText("scoreReason");
		for (String derived : new String[] { "score", "progress", "carriedFrom" }) {
			if (patch.has(derived)) {
				patch.errors()
					.add(derived, derived.equals("score") ? "follows from the key results' scores; adjust those instead"
							: "cannot be changed");
			}
		}
		if (patch.has("cycleId")) {
			patch.errors().add("cycleId", "cannot be changed; carry the objective over to another cycle instead");
		}
		patch.validate();
		var changes = new Objectives.ObjectiveChanges(title, description, kind, status,
				links((alignedTo != null) ? alignedTo.map((node) -> AlignmentRequest.of(node).toAlignment()) : null,
						links),
				(teamId != null) ? teamId.map((raw) -> TeamId.fromField("teamId", raw)) : null, teamIds, scoreReason);
		return answer(this.objectives.update(actor, ObjectiveId.fromPath(id),
				ETags.expectedVersion(ifMatch, "objective"), changes));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.objectives.delete(actor, ObjectiveId.fromPath(id), ETags.expectedVersion(ifMatch, "objective"));
		return ResponseEntity.noContent().build();
	}

	@ApiCreated
	@PostMapping("/{id}/carry-over")
	ResponseEntity<ObjectiveResource> carryOver(Actor actor, @PathVariable String id,
			@RequestBody CarryOverRequest body) {
		ObjectiveId original = ObjectiveId.fromPath(id);
		CycleId cycle = (body.cycleId() != null) ? CycleId.fromField("cycleId", body.cycleId()) : null;
		ObjectiveView carried = this.carryOvers.carryOver(actor, original, cycle,
				Boolean.TRUE.equals(body.leaveOutReached()));
		return Created.at("/api/v1/objectives/{id}", carried.objective().id().toString())
			.eTag(ETags.of(carried.objective().version()))
			.body(ObjectiveResource.of(carried));
	}

	@PostMapping("/{id}/drop")
	ResponseEntity<ObjectiveResource> drop(Actor actor, @PathVariable String id, @RequestBody DropRequest body) {
		return answer(this.carryOvers.drop(actor, ObjectiveId.fromPath(id), body.reason()));
	}

	/**
	 * The links a request writes: {@code contributesTo} when sent (with
	 * {@code alignedTo}, if sent too, naming its first link), else {@code alignedTo} as
	 * the one link; {@code null} when neither is sent.
	 */
	private static Links links(Optional<Alignment> alignedTo, Links contributesTo) {
		if (contributesTo == null) {
			return (alignedTo != null) ? Links.alignedTo(alignedTo.orElse(null)) : null;
		}
		if (alignedTo != null && !java.util.Objects.equals(alignedTo.orElse(null), contributesTo.first())) {
			throw InvalidInputException.of(Links.ALIGNED_TO,
					"must name the first link of contributesTo when both are sent; send one of the two");
		}
		return contributesTo;
	}

	/**
	 * The owning teams as sent on creation, each id checked where it stands; {@code null}
	 * when not sent.
	 */
	private static List<TeamId> teamIds(List<String> raw) {
		if (raw == null) {
			return null;
		}
		FieldErrors errors = new FieldErrors();
		List<TeamId> teams = new java.util.ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			String field = "teamIds[" + i + "]";
			String id = raw.get(i);
			TeamId team = (id != null) ? errors.collect(() -> TeamId.fromField(field, id)) : null;
			if (id == null) {
				errors.add(field, "must be a team id");
			}
			teams.add(team);
		}
		errors.throwIfAny();
		return teams;
	}

	/**
	 * The owning teams as a merge patch sends them: a list of team ids that replaces the
	 * owners as a whole.
	 */
	private static List<TeamId> teamIds(MergePatch patch, JsonNode node) {
		if (node == null || !node.isArray()) {
			patch.errors().add("teamIds", "must be a list of team ids ([] for a company-wide objective)");
			return null;
		}
		List<String> raw = new java.util.ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			JsonNode element = node.get(i);
			if (!element.isString()) {
				patch.errors().add("teamIds[" + i + "]", "must be a team id");
			}
			raw.add(element.isString() ? element.stringValue() : null);
		}
		return patch.errors().has("teamIds") || raw.contains(null) ? null : teamIds(raw);
	}

	private static ResponseEntity<ObjectiveResource> answer(ObjectiveView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.objective().version())).body(ObjectiveResource.of(view));
	}

	record CarryOverRequest(String cycleId, Boolean leaveOutReached) {
	}

	record DropRequest(String reason) {
	}

	record NewObjectiveRequest(String cycleId, String teamId, List<String> teamIds, String title, String description,
			ObjectiveKind kind, AlignmentRequest alignedTo, List<ContributionRequest> contributesTo) {
	}

	/**
	 * Only for the OpenAPI document: A merge patch: only the fields sent change;
	 * {@code contributesTo} replaces the whole list, {@code alignedTo} replaces it with
	 * one link; {@code teamIds} replaces the owning teams, {@code teamId} the first of
	 * them.
	 */
	record ObjectivePatch(String title, String description, ObjectiveKind kind, ObjectiveStatus status,
			AlignmentRequest alignedTo, List<ContributionRequest> contributesTo, String teamId, List<String> teamIds,
			String scoreReason) {
	}

}
