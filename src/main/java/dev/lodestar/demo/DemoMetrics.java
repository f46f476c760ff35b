package dev.lodestar.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.Metric;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.organization.Actor;

/**
 * The measures Northwind keeps across quarters once its first quarter with OKRs is over:
 * from then on, a metric key result named like one of them tracks it, so each quarter's
 * check-ins make the metric's history and its first key result the quarter's baseline.
 */
final class DemoMetrics {

	private static final List<MetricText> LIBRARY = List.of(
			new MetricText("Annual recurring revenue", "M€",
					"The subscriptions' yearly value at the end of the month."),
			new MetricText("Monthly gross revenue churn", "%",
					"Recurring revenue lost to cancellations and downgrades in the month."),
			new MetricText("Fleets cancelling", "% per month", "Fleets that gave notice in the month, of all fleets."),
			new MetricText("Median first response time", "hours",
					"From a fleet's first message to Customer Success's first answer, working hours."),
			new MetricText("Cost per qualified trial", "€", "Marketing spend of the month over the qualified trials."),
			new MetricText("p95 optimisation time for 1,000 stops", "seconds",
					"The planning API's 95th percentile for a plan of 1,000 stops, measured every night."),
			new MetricText("Employee Net Promoter Score", "points", "From the quarterly people survey."),
			new MetricText("Working days to close the month", "days",
					"From the last day of the month to the closed books."));

	private DemoMetrics() {
	}

	/** Adds the library; answers each metric by the key result title that tracks it. */
	static Map<String, MetricId> create(Actor admin, Metrics metrics) {
		Map<String, MetricId> byTitle = new HashMap<>();
		for (MetricText text : LIBRARY) {
			Metric metric = metrics.create(admin, text.name(), text.unit(), text.description());
			byTitle.put(text.name(), metric.id());
		}
		return byTitle;
	}

	private record MetricText(String name, String unit, String description) {
	}

}
