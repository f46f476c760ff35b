package dev.lodestar.organization.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/teams}: the tree of teams and their members. Admins and champions change
 * it.
 */
@RestController
@RequestMapping("/api/v1/teams")
class TeamsApi {

	private final Teams teams;

	TeamsApi(Teams teams) {
		this.teams = teams;
	}

	@GetMapping
	ApiListing<TeamResource> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing.of(this.teams.list(Paging.of(limit, offset)).map(TeamResource::of));
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<TeamResource> create(Actor actor, @RequestBody NewTeamRequest body) {
		TeamId parent = (body.parentId() != null) ? TeamId.fromField("parentId", body.parentId()) : null;
		TeamView created = this.teams.create(actor, body.name(), parent);
		return Created.at("/api/v1/teams/{id}", created.team().id().toString())
			.eTag(ETags.of(created.team().version()))
			.body(TeamResource.of(created));
	}

	@GetMapping("/{id}")
	ResponseEntity<TeamResource> get(@PathVariable String id) {
		return answer(this.teams.view(TeamId.fromPath(id)));
	}

	@PatchMapping("/{id}")
	ResponseEntity<TeamResource> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = TeamPatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		String name = patch.text("name");
		var parent = patch.optionalText("parentId");
		patch.validate();
		var changes = new Teams.TeamChanges(name,
				(parent != null) ? parent.map((raw) -> TeamId.fromField("parentId", raw)) : null);
		return answer(this.teams.update(actor, TeamId.fromPath(id), ETags.expectedVersion(ifMatch, "team"), changes));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.teams.delete(actor, TeamId.fromPath(id), ETags.expectedVersion(ifMatch, "team"));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/members/{personId}")
	ResponseEntity<TeamResource> putMember(Actor actor, @PathVariable String id, @PathVariable String personId,
			@RequestBody(required = false) MembershipRequest body) {
		boolean lead = body != null && Boolean.TRUE.equals(body.lead());
		return answer(this.teams.putMember(actor, TeamId.fromPath(id), PersonId.fromPath(personId), lead));
	}

	@DeleteMapping("/{id}/members/{personId}")
	ResponseEntity<Void> removeMember(Actor actor, @PathVariable String id, @PathVariable String personId) {
		this.teams.removeMember(actor, TeamId.fromPath(id), PersonId.fromPath(personId));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TeamResource> answer(TeamView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.team().version())).body(TeamResource.of(view));
	}

	record NewTeamRequest(String name, String parentId) {
	}

	record MembershipRequest(Boolean lead) {
	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record TeamPatch(String name, String parentId) {
	}

}
