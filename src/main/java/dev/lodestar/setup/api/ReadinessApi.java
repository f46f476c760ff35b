package dev.lodestar.setup.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.setup.Readiness;

/**
 * {@code /api/v1/cycles/{id}/readiness}: whether a cycle is ready to launch, for admins
 * and champions.
 */
@RestController
class ReadinessApi {

	private final Readiness readiness;

	ReadinessApi(Readiness readiness) {
		this.readiness = readiness;
	}

	@Operation(summary = "Whether a cycle is ready to launch",
			description = "A checklist read from the organisation as it is now: every team has a lead "
					+ "(teams-have-leads), nobody invited is still waiting to join (people-active), every active "
					+ "person has finished the training (people-trained), the cycle has company-wide objectives and "
					+ "all of them are published (company-objectives-published), and an admin has chosen the check-in "
					+ "day (check-in-day-set). ready is true when every check is done. Admins and champions; others "
					+ "403, an unknown cycle 404.")
	@GetMapping("/api/v1/cycles/{id}/readiness")
	ReadinessResource readiness(Actor actor, @PathVariable String id) {
		return ReadinessResource.of(this.readiness.of(actor, CycleId.fromPath(id)));
	}

	/** The checklist: ready when every check is done. */
	record ReadinessResource(boolean ready, List<CheckResource> checks) {

		static ReadinessResource of(Readiness.Report report) {
			return new ReadinessResource(report.ready(),
					report.checks()
						.stream()
						.map((check) -> new CheckResource(check.id(), check.label(), check.done(), check.detail()))
						.toList());
		}

	}

	/** One check of the readiness. */
	record CheckResource(@Schema(allowableValues = {
			"teams-have-leads", "people-active", "people-trained", "company-objectives-published",
			"check-in-day-set" }) String id, String label, boolean done,
			@Schema(description = "The numbers behind the check, such as \"12 of 14 teams have a lead\"") String detail){
	}

}
