package dev.lodestar.cycles.api;

import java.time.LocalDate;

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

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/cycles}: the program's cycles and their phases. Admins and champions
 * change them.
 */
@RestController
@RequestMapping("/api/v1/cycles")
class CyclesApi {

	private final Cycles cycles;

	CyclesApi(Cycles cycles) {
		this.cycles = cycles;
	}

	@GetMapping
	ApiListing<CycleResource> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing.of(this.cycles.list(Paging.of(limit, offset)).map(CycleResource::of));
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<CycleResource> create(Actor actor, @RequestBody NewCycleRequest body) {
		Cycle created = this.cycles.create(actor, body.name(), body.startDate(), body.endDate());
		return Created.at("/api/v1/cycles/{id}", created.id().toString())
			.eTag(ETags.of(created.version()))
			.body(CycleResource.of(created));
	}

	@GetMapping("/{id}")
	ResponseEntity<CycleResource> get(@PathVariable String id) {
		return answer(this.cycles.get(CycleId.fromPath(id)));
	}

	@PatchMapping("/{id}")
	ResponseEntity<CycleResource> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = CyclePatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		var changes = new Cycles.CycleChanges(patch.text("name"), patch.date("startDate"), patch.date("endDate"));
		if (patch.has("phase")) {
			patch.errors().add("phase", "is changed with POST /api/v1/cycles/{id}/phase");
		}
		patch.validate();
		return answer(
				this.cycles.update(actor, CycleId.fromPath(id), ETags.expectedVersion(ifMatch, "cycle"), changes));
	}

	@PostMapping("/{id}/phase")
	ResponseEntity<CycleResource> advance(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody PhaseRequest body) {
		if (body.phase() == null) {
			throw InvalidInputException.of("phase", "is required");
		}
		return answer(this.cycles.advance(actor, CycleId.fromPath(id), ETags.expectedVersion(ifMatch, "cycle"),
				body.phase()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.cycles.delete(actor, CycleId.fromPath(id), ETags.expectedVersion(ifMatch, "cycle"));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<CycleResource> answer(Cycle cycle) {
		return ResponseEntity.ok().eTag(ETags.of(cycle.version())).body(CycleResource.of(cycle));
	}

	record NewCycleRequest(String name, LocalDate startDate, LocalDate endDate) {
	}

	record PhaseRequest(Phase phase) {
	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record CyclePatch(String name, LocalDate startDate, LocalDate endDate) {
	}

}
