package dev.lodestar.maturity.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.maturity.Calibration;
import dev.lodestar.maturity.Calibrations;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.maturity.ProgramHealth;
import dev.lodestar.organization.Actor;

/**
 * {@code /program}: the organisation's OKR program for those who run it (champions and
 * admins): its stage with what to expect and what to focus on, the signals, its health
 * cycle after cycle as small charts, and how well everyone's confidence predicted the
 * outcome.
 */
@Controller
class ProgramPage {

	private final Maturities maturities;

	private final Calibrations calibrations;

	ProgramPage(Maturities maturities, Calibrations calibrations) {
		this.maturities = maturities;
		this.calibrations = calibrations;
	}

	@GetMapping("/program")
	String program(Actor actor, Model model) {
		actor.require(actor.runsProgram(), "see the program page");
		Calibration calibration = this.calibrations.of(actor, null, null);
		model.addAttribute("maturity", new MaturityView(this.maturities.ofOrganisation(), "the organisation"));
		model.addAttribute("calibration", calibration);
		model.addAttribute("chart", (calibration.checkIns() > 0) ? CalibrationChart.of(calibration) : null);
		ProgramHealth health = this.maturities.health();
		model.addAttribute("health", health);
		model.addAttribute("trends", health.cycles().isEmpty() ? List.of() : trends(health));
		return "maturity/program";
	}

	private static List<TrendChart> trends(ProgramHealth health) {
		return List.of(
				TrendChart.shares("Weeks checked in", "key results' weeks with a check-in", health,
						ProgramHealth.CycleHealth::checkInRegularity),
				TrendChart.shares("Retrospectives held", "teams that held theirs", health,
						ProgramHealth.CycleHealth::retrospectivesHeld),
				TrendChart.values("Average score", "objectives, 0 to 1", health,
						ProgramHealth.CycleHealth::averageScore, 1.0),
				TrendChart.shares("Committed objectives met", "scored 1.0", health,
						ProgramHealth.CycleHealth::committedMet),
				TrendChart.values("Survey on the process", "mean rating, 1 to 5", health,
						ProgramHealth.CycleHealth::surveyMean, 5.0),
				TrendChart.shares("Aligned objectives", "teams' objectives that contribute to another", health,
						ProgramHealth.CycleHealth::alignedObjectives));
	}

}
