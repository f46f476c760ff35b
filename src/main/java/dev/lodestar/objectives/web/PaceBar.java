package dev.lodestar.objectives.web;

import dev.lodestar.web.ChartFrame;
import dev.lodestar.web.Format;

/**
 * How a bar of progress against expected (the company summary's teams, the team's glance)
 * writes its figures: where the fill ends and where the expected tick stands, in
 * hundredths of the bar's width, and the mean confidence with one decimal.
 */
public final class PaceBar {

	private PaceBar() {
	}

	/** A share from 0.0 to 1.0 as a position along the bar, from "0" to "100". */
	public static String x(double share) {
		return ChartFrame.number(Math.max(0, Math.min(1, share)) * 100);
	}

	/** A mean confidence with one decimal ("6.4"), or {@code null} when nobody rated. */
	public static String confidence(Double meanConfidence) {
		return (meanConfidence != null) ? Format.figure(Math.round(meanConfidence * 10) / 10.0) : null;
	}

}
