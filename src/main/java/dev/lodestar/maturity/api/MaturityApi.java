package dev.lodestar.maturity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.maturity.Maturity;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;

/**
 * {@code /api/v1/maturity} and {@code /api/v1/teams/{id}/maturity}: where the
 * organisation's OKR program stands, and each team's; {@code /api/v1/program-health}: the
 * program cycle after cycle.
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

	@Operation(summary = "The program's health cycle after cycle",
			description = "One entry per closed cycle with objectives, oldest first. checkInRegularity: the mean over"
					+ " key results (roll-ups left out) of the share of the cycle's weeks with a check-in;"
					+ " retrospectivesHeld: the share of the teams with objectives that held their retrospective;"
					+ " averageScore: the mean score of the objectives whose key results are all scored;"
					+ " committedMet: the share of those that are committed which scored 1.0 (read to one decimal);"
					+ " surveyMean: the mean rating (1 to 5) of the cycle's survey on the OKR process;"
					+ " alignedObjectives: the share of the teams' objectives that contribute to something. Each is"
					+ " null when the cycle has nothing to measure it on.")
	@ApiResponse(responseCode = "200", description = "The closed cycles, oldest first")
	@GetMapping("/api/v1/program-health")
	HealthResource health(Actor actor) {
		return new HealthResource(this.maturities.health()
			.cycles()
			.stream()
			.map((cycle) -> new CycleHealthResource(cycle.cycleId(), cycle.checkInRegularity(),
					cycle.retrospectivesHeld(), cycle.averageScore(), cycle.committedMet(), cycle.surveyMean(),
					cycle.alignedObjectives()))
			.toList());
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

	/**
	 * The program's health as the API gives it.
	 *
	 * @param cycles the closed cycles, oldest first
	 */
	record HealthResource(List<CycleHealthResource> cycles) {
	}

	/**
	 * One closed cycle's figures; see
	 * {@link dev.lodestar.maturity.ProgramHealth.CycleHealth}.
	 *
	 * @param cycleId the cycle
	 * @param checkInRegularity the share of the key results' weeks with a check-in
	 * @param retrospectivesHeld the share of the teams that held their retrospective
	 * @param averageScore the mean score of the scored objectives
	 * @param committedMet the share of the committed objectives that met their
	 * expectation
	 * @param surveyMean the mean rating of the survey on the OKR process
	 * @param alignedObjectives the share of the teams' objectives that contribute to
	 * something
	 */
	record CycleHealthResource(CycleId cycleId, Double checkInRegularity, Double retrospectivesHeld,
			Double averageScore, Double committedMet, Double surveyMean, Double alignedObjectives) {
	}

}
