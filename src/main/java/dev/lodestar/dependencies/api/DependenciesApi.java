package dev.lodestar.dependencies.api;

import java.time.LocalDate;
import java.util.Arrays;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.dependencies.Decision;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.dependencies.DependencyId;
import dev.lodestar.dependencies.DependencyStatus;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;

/**
 * {@code /api/v1/dependencies}: what teams ask of each other, and the asked team's
 * decision.
 */
@RestController
@RequestMapping("/api/v1/dependencies")
class DependenciesApi {

	private final Dependencies dependencies;

	DependenciesApi(Dependencies dependencies) {
		this.dependencies = dependencies;
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<DependencyResource> request(Actor actor, @RequestBody NewDependencyRequest body) {
		Dependency created = this.dependencies.request(actor, new Dependencies.NewDependency(
				(body.cycleId() != null) ? CycleId.fromField("cycleId", body.cycleId()) : null,
				(body.fromTeamId() != null) ? TeamId.fromField("fromTeamId", body.fromTeamId()) : null,
				(body.toTeamId() != null) ? TeamId.fromField("toTeamId", body.toTeamId()) : null, body.description(),
				(body.keyResultId() != null) ? KeyResultId.fromField("keyResultId", body.keyResultId()) : null,
				body.dueDate()));
		return Created.at("/api/v1/dependencies/{id}", created.id().toString())
			.eTag(ETags.of(created.version()))
			.body(DependencyResource.of(created));
	}

	@GetMapping
	ApiListing<DependencyResource> list(@RequestParam(required = false) String cycleId,
			@RequestParam(required = false) String teamId, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		Dependencies.Filter filter = new Dependencies.Filter(
				(cycleId != null) ? CycleId.fromField("cycleId", cycleId) : null,
				(teamId != null) ? TeamId.fromField("teamId", teamId) : null, status(status));
		return ApiListing.of(this.dependencies.list(filter, Paging.of(limit, offset)).map(DependencyResource::of));
	}

	@GetMapping("/{id}")
	ResponseEntity<DependencyResource> get(@PathVariable String id) {
		Dependency dependency = this.dependencies.get(DependencyId.fromPath(id));
		return ResponseEntity.ok().eTag(ETags.of(dependency.version())).body(DependencyResource.of(dependency));
	}

	@PostMapping("/{id}/decision")
	ResponseEntity<DependencyResource> decide(Actor actor, @PathVariable String id, @RequestBody DecisionRequest body) {
		Dependency decided = this.dependencies.decide(actor, DependencyId.fromPath(id), decision(body.decision()),
				body.note());
		return ResponseEntity.ok().eTag(ETags.of(decided.version())).body(DependencyResource.of(decided));
	}

	/**
	 * The decision a text names: only the words themselves, so that a number is not read
	 * as an enum's position.
	 */
	private static Decision decision(String raw) {
		if (raw == null) {
			return null;
		}
		return Arrays.stream(Decision.values())
			.filter((decision) -> decision.value().equals(raw))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("decision", "must be one of accepted, declined"));
	}

	private static DependencyStatus status(String raw) {
		if (raw == null) {
			return null;
		}
		return DependencyStatus.of(raw)
			.orElseThrow(() -> InvalidInputException.of("status", "must be one of requested, accepted, declined"));
	}

	/**
	 * What a team asks another for.
	 *
	 * @param keyResultId one of the asking team's key results in the cycle, optional
	 * @param dueDate when it is needed by, optional
	 */
	record NewDependencyRequest(String cycleId, String fromTeamId, String toTeamId, String description,
			String keyResultId, LocalDate dueDate) {
	}

	/**
	 * The asked team's answer, with an optional note.
	 */
	record DecisionRequest(@Schema(allowableValues = {
			"accepted", "declined" }) String decision, String note){
	}

}
