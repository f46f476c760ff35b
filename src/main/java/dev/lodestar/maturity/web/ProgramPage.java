package dev.lodestar.maturity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.maturity.Calibration;
import dev.lodestar.maturity.Calibrations;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.organization.Actor;

/**
 * {@code /program}: the organisation's OKR program for those who run it (champions and
 * admins): its stage with what to expect and what to focus on, the signals, and how well
 * everyone's confidence predicted the outcome.
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
		return "maturity/program";
	}

}
