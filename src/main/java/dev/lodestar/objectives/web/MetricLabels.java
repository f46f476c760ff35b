package dev.lodestar.objectives.web;

import java.math.BigDecimal;

import dev.lodestar.objectives.Metric;
import dev.lodestar.objectives.Metrics;

/**
 * How a metric is named in a list of choices and on its page: its name, its unit and
 * where it stands now.
 */
public final class MetricLabels {

	private MetricLabels() {
	}

	/** "Weekly active customers (accounts) · now 1240", or "· no value yet". */
	public static String choice(Metrics.Summary summary) {
		Metric metric = summary.metric();
		return metric.name() + ((metric.unit() != null) ? " (" + metric.unit() + ")" : "")
				+ ((summary.latestValue() != null) ? " · now " + number(summary.latestValue()) : " · no value yet");
	}

	/** A value as people write it: no trailing zeros, no exponent. */
	public static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
