package dev.lodestar.feeds.api;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.feeds.HookSignature;
import dev.lodestar.feeds.Hooks;
import dev.lodestar.feeds.SignatureRefusedException;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.Created;
import dev.lodestar.web.Problems;

/**
 * {@code POST /api/v1/hooks/{hookId}}: the address a BI job or a CI pipeline sends a key
 * result's new value to. Its only credential is the signature of the body.
 */
@RestController
class HookCallsApi {

	private final Hooks hooks;

	HookCallsApi(Hooks hooks) {
		this.hooks = hooks;
	}

	@ApiCreated
	@PostMapping("/api/v1/hooks/{hookId}")
	ResponseEntity<CheckInResource> call(@PathVariable String hookId,
			@RequestHeader(name = HookSignature.HEADER, required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		CheckIn checkIn = this.hooks.receive(hookId, (body != null) ? body : new byte[0], signature);
		return Created.at("/api/v1/check-ins/{id}", checkIn.id().toString()).body(CheckInResource.of(checkIn));
	}

	@ExceptionHandler
	ResponseEntity<Object> refused(SignatureRefusedException ex) {
		ResponseEntity<Object> problem = Problems.answer(HttpStatus.UNAUTHORIZED, "bad-signature", "Unauthorized",
				ex.getMessage());
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 header=\"" + HookSignature.HEADER + "\"")
			.body(problem.getBody());
	}

	record CheckInResource(CheckInId id, KeyResultId keyResultId, PersonId authorId, double value, int confidence,
			String note, String blockers, CheckInSource source, Instant createdAt) {

		static CheckInResource of(CheckIn checkIn) {
			return new CheckInResource(checkIn.id(), checkIn.keyResultId(), checkIn.authorId(), checkIn.value(),
					checkIn.confidence(), checkIn.note(), checkIn.blockers(), checkIn.source(), checkIn.createdAt());
		}

	}

}
