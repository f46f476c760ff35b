package dev.lodestar.objectives.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/key-results/{id}/check-ins}: record a check-in, read the history newest
 * first.
 */
@RestController
class CheckInsApi {

	private final CheckIns checkIns;

	CheckInsApi(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@ApiCreated
	@PostMapping("/api/v1/key-results/{id}/check-ins")
	ResponseEntity<CheckInResource> record(Actor actor, @PathVariable String id, @RequestBody NewCheckInRequest body) {
		CheckIn checkIn = this.checkIns.record(actor, KeyResultId.fromPath(id),
				new CheckIns.NewCheckIn(body.value(), body.confidence(), body.note(), body.blockers()),
				CheckInSource.API);
		return Created.at("/api/v1/check-ins/{id}", checkIn.id().toString()).body(CheckInResource.of(checkIn));
	}

	@GetMapping("/api/v1/check-ins/{id}")
	CheckInResource get(@PathVariable String id) {
		return CheckInResource.of(this.checkIns.get(CheckInId.fromPath(id)));
	}

	@GetMapping("/api/v1/key-results/{id}/check-ins")
	ApiListing<CheckInResource> history(@PathVariable String id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing
			.of(this.checkIns.history(KeyResultId.fromPath(id), Paging.of(limit, offset)).map(CheckInResource::of));
	}

	record NewCheckInRequest(Double value, Integer confidence, String note, String blockers) {
	}

	record CheckInResource(CheckInId id, KeyResultId keyResultId, PersonId authorId, double value, int confidence,
			String note, String blockers, CheckInSource source, Instant createdAt) {

		static CheckInResource of(CheckIn checkIn) {
			return new CheckInResource(checkIn.id(), checkIn.keyResultId(), checkIn.authorId(), checkIn.value(),
					checkIn.confidence(), checkIn.note(), checkIn.blockers(), checkIn.source(), checkIn.createdAt());
		}

	}

}
