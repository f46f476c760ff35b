package dev.lodestar.maturity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.maturity.Maturities;
import dev.lodestar.maturity.Maturity;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;

/**
 * {@code /api/v1/maturity} and {@code /api/v1/teams/{id}/maturity}: where the
 * organisation's OKR program stands, and each team's.
 */
@RestController
class MaturityApi {

	private static final String PROBLEM = "application/problem+json";

	private static final String HOW = "Computed from the closed cycles, never typed in. The stage is first-cycle until a"
			+ " cycle with objectives is closed, learning for one or two, and mastery from three once at least half"
			+ " the key results had a baseline, at least 60 % of the key results' weeks had a check-in and"
			+ " retrospectives were held two cycles in three (learning until then). The signals are shares from 0.0"
			+ " to 1.0 over the last three closed cycles (scoreSpread is the standard deviation of the objectives'"
			+ " scores), each null when there is nothing to measure it on.";

	private final Maturities maturities;

	MaturityApi(Maturities maturities) {
		this.maturities = maturities;
	}

	@Operation(summary = "The maturity of the organisation's OKR program", description = HOW)
	@ApiResponse(responseCode = "200", description = "The stage, the signals, the expectations and the focus")
	@GetMapping("/api/v1/maturity")
	Maturity organisation(Actor actor) {
		return this.maturities.ofOrganisation();
	}

	@Operation(summary = "The maturity of a team's OKR program",
			description = HOW + " A team's cycles are those in which it had objectives, its own or shared with it.")
	@ApiResponse(responseCode = "200", description = "The stage, the signals, the expectations and the focus")
	@ApiResponse(responseCode = "404", description = "No team with that id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/api/v1/teams/{id}/maturity")
	Maturity team(Actor actor, @PathVariable String id) {
		return this.maturities.ofTeam(TeamId.fromPath(id));
	}

}
