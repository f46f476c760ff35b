package dev.lodestar.maturity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.maturity.Calibration;
import dev.lodestar.maturity.Calibrations;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * {@code /api/v1/calibration}: how well the confidence given in check-ins predicted the
 * outcome over the closed cycles, for the organisation, a team or a person.
 */
@RestController
class CalibrationApi {

	private static final String PROBLEM = "application/problem+json";

	private final Calibrations calibrations;

	CalibrationApi(Calibrations calibrations) {
		this.calibrations = calibrations;
	}

	@Operation(summary = "How well confidence predicted the outcome, over the closed cycles",
			description = "Each check-in's confidence c stands for the probability c/10 that its key result is met;"
					+ " the Brier score is the mean of (c/10 − met)² over the check-ins of closed cycles, met being 1"
					+ " when the key result's score is 1.0 in a committed objective or 0.7 or more in an aspirational"
					+ " one (read to one decimal), else 0. Key results without a score and archived objectives are"
					+ " left out. brierScore is null without any check-in counted; each bucket's metShare is null"
					+ " when no check-in gave its confidence. With teamId: the check-ins on the key results of the"
					+ " team's objectives, shared ones included. With personId: the check-ins the person gave, which"
					+ " only that person may read.")
	@ApiResponse(responseCode = "200", description = "The calibration")
	@ApiResponse(responseCode = "400", description = "teamId or personId is not an id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "personId is not the caller's own (whether or not such a person exists)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No team with that id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/api/v1/calibration")
	CalibrationResource calibration(Actor actor,
			@Parameter(description = "Only the check-ins on this team's key results") @RequestParam(
					required = false) String teamId,
			@Parameter(description = "Only the check-ins this person gave") @RequestParam(
					required = false) String personId) {
		TeamId team = (teamId != null && !teamId.isBlank()) ? TeamId.fromField("teamId", teamId) : null;
		PersonId person = (personId != null && !personId.isBlank()) ? PersonId.fromField("personId", personId) : null;
		return CalibrationResource.of(this.calibrations.of(actor, team, person));
	}

	/**
	 * A calibration as the API gives it.
	 *
	 * @param brierScore the mean of (c/10 − met)², {@code null} without check-ins
	 * @param checkIns how many check-ins were counted
	 * @param buckets per confidence from 1 to 10, how many gave it and the share met
	 * @param cycles per closed cycle with check-ins counted, oldest first
	 */
	record CalibrationResource(Double brierScore, long checkIns, List<Calibration.Bucket> buckets,
			List<CycleResource> cycles) {

		static CalibrationResource of(Calibration calibration) {
			return new CalibrationResource(calibration.brierScore(), calibration.checkIns(), calibration.buckets(),
					calibration.cycles()
						.stream()
						.map((cycle) -> new CycleResource(cycle.cycleId(), cycle.brierScore()))
						.toList());
		}

	}

	/**
	 * One closed cycle's Brier score.
	 *
	 * @param cycleId the cycle
	 * @param brierScore the mean over its check-ins counted
	 */
	record CycleResource(CycleId cycleId, double brierScore) {
	}

}
