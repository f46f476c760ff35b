package dev.lodestar.maturity.web;

import org.springframework.stereotype.Component;

import dev.lodestar.maturity.Calibration;
import dev.lodestar.maturity.Calibrations;
import dev.lodestar.objectives.web.myweek.MyWeekSection;
import dev.lodestar.organization.Actor;

/**
 * My week's look back at the person's own confidence: once a cycle they checked in on has
 * closed, how well what they said predicted how their key results ended, with the chart.
 * Only the person sees it. One query.
 */
@Component
class CalibrationOnMyWeek implements MyWeekSection {

	private final Calibrations calibrations;

	CalibrationOnMyWeek(Calibrations calibrations) {
		this.calibrations = calibrations;
	}

	@Override
	public String template() {
		return "maturity/fragments";
	}

	@Override
	public Object view(Actor actor) {
		Calibration calibration = this.calibrations.of(actor, null, actor.personId());
		return (calibration.checkIns() == 0) ? null : new Look(calibration, CalibrationChart.of(calibration));
	}

	/**
	 * The person's calibration and its chart.
	 *
	 * @param calibration the calibration over the closed cycles
	 * @param chart the chart
	 */
	public record Look(Calibration calibration, CalibrationChart chart) {

		/** The mean confidence given, out of 10, with one decimal. */
		public String meanConfidence() {
			return String.format(java.util.Locale.ROOT, "%.1f", this.calibration.meanForecast() * 10);
		}

		/** The share of the check-ins whose key result was met, in whole percent. */
		public long metPercent() {
			return Math.round(this.calibration.metShare() * 100);
		}

		/** The Brier score with two decimals. */
		public String brierScore() {
			return String.format(java.util.Locale.ROOT, "%.2f", this.calibration.brierScore());
		}

		public String lean() {
			return this.calibration.lean().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
