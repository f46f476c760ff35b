package dev.lodestar.organization.api;

import io.swagger.v3.oas.annotations.Operation;
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

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.Role;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/people}: the organisation's people. Admins add, change and remove them;
 * a person may change their own name, email and password; everyone signed in reads them.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

	private final People people;

	PeopleApi(People people) {
		this.people = people;
	}

	@GetMapping
	ApiListing<PersonResource> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing.of(this.people.list(Paging.of(limit, offset)).map(PersonResource::of));
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<PersonResource> create(Actor actor, @RequestBody NewPersonRequest body) {
		PersonView created = this.people.create(actor,
				new People.NewPerson(body.name(), body.email(), body.role(), body.password()));
		return Created.at("/api/v1/people/{id}", created.person().id().toString())
			.eTag(ETags.of(created.person().version()))
			.body(PersonResource.of(created));
	}

	@GetMapping("/me")
	ResponseEntity<PersonResource> me(Actor actor) {
		return answer(this.people.view(actor.personId()));
	}

	@GetMapping("/{id}")
	ResponseEntity<PersonResource> get(@PathVariable String id) {
		return answer(this.people.view(PersonId.fromPath(id)));
	}

	@Operation(summary = "Change a person (JSON merge patch)",
			description = "Changing one's own email or password needs currentPassword; a new password ends every "
					+ "other session of the person and revokes all their tokens.")
	@PatchMapping("/{id}")
	ResponseEntity<PersonResource> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PersonPatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		var changes = new People.PersonChanges(patch.text("name"), patch.text("email"),
				patch.enumValue("role", Role.class), patch.text("password"), patch.text("currentPassword"),
				patch.enumValue("status", PersonStatus.class));
		patch.validate();
		return answer(
				this.people.update(actor, PersonId.fromPath(id), ETags.expectedVersion(ifMatch, "person"), changes));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.people.delete(actor, PersonId.fromPath(id), ETags.expectedVersion(ifMatch, "person"));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<PersonResource> answer(PersonView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.person().version())).body(PersonResource.of(view));
	}

	record NewPersonRequest(String name, String email, Role role, String password) {
	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record PersonPatch(String name, String email, Role role, String password, String currentPassword,
			PersonStatus status) {
	}

}
