package dev.lodestar.demo;

import java.util.List;
import java.util.Map;

import dev.lodestar.demo.DemoPlan.ObjectiveText;

import static dev.lodestar.demo.DemoPlan.aspirational;
import static dev.lodestar.demo.DemoPlan.committed;
import static dev.lodestar.demo.DemoPlan.metric;
import static dev.lodestar.demo.DemoPlan.milestone;
import static dev.lodestar.demo.DemoPlan.percentage;
import static dev.lodestar.demo.DemoPlan.team;

/**
 * Northwind's first quarter with OKRs, a year before the current one: five pilot teams
 * try them while the company launches its new version. It reads as a first cycle does:
 * key results that are mostly pieces of work or counts starting from nothing, check-ins
 * now and then, confidence that stays high while the work slips, and no retrospective at
 * the end. Platform's reliability objective and Customer Success's response times are
 * carried on into the next quarter.
 */
final class DemoFirstQuarter {

	private static final List<ObjectiveText> COMPANY = List.of(
			committed("Launch Northwind 2.0",
					"The new planning engine is what we raised money for last year, and customers have been "
							+ "promised it since the winter.",
					milestone("Northwind 2.0 released to every customer").by("Engineering"),
					metric("New customers signed on 2.0", 0, 40, "customers").by("Sales & Marketing")),
			aspirational("Start working with OKRs",
					"We grew from twelve to thirty people, and the Monday all-hands no longer tells everyone what "
							+ "matters. Five teams try OKRs this quarter before everyone does.",
					milestone("OKR training held for the pilot teams").by("People & Operations"),
					percentage("Pilot teams with published OKRs", 0, 100).by("People & Operations")));

	private static final DemoPlan PLAN = DemoPlan.of(COMPANY,
			team("Product Discovery", aspirational("Build the new onboarding",
					"New customers need a day with us on the phone before they plan a route; the onboarding should "
							+ "do that for them.",
					milestone("Onboarding wizard designed and handed to Engineering"),
					metric("Customer interviews held", 0, 20, "interviews"))
				.alignedTo(1)),
			team("Platform",
					committed("Ship the new planning engine",
							"Version 2.0 stands or falls with the engine that plans the routes.",
							milestone("Planning engine 2.0 live for every fleet"),
							metric("Services moved to the new cluster", 0, 8, "services"))
						.alignedTo(1, 1),
					committed("Make the nightly route planning reliable",
							"Twice this spring the nightly run failed and dispatchers started the day without "
									+ "routes.",
							metric("Nightly planning runs that fail", 6, 1, "per month"),
							percentage("Uptime of the planning API", 99.0, 99.5),
							metric("Pages to the on-call engineer", 30, 10, "per month"))),
			team("Web App",
					committed("Release the new planning board",
							"The old board cannot show the routes the new engine plans.",
							milestone("New planning board released"),
							metric("Board features rebuilt", 0, 12, "features"))
						.alignedTo(1, 1)),
			team("Sales", committed("Sign the first forty fleets on Northwind 2.0",
					"The launch is only a success if fleets buy it; the pipeline is full of fleets waiting for it.",
					metric("Demos given", 0, 120, "demos"), metric("Contracts signed", 0, 40, "contracts"))
				.alignedTo(1, 2)),
			team("Customer Success",
					aspirational("Launch a help centre",
							"The same twenty questions take most of our day; customers could answer them themselves.",
							milestone("Help centre launched"), metric("Help articles written", 0, 60, "articles")),
					aspirational("Answer customers faster",
							"Fleets wait almost a day for a first answer, and in the busy season that costs them "
									+ "deliveries.",
							metric("Median first response time", 20, 8, "hours"),
							percentage("Tickets answered within a working day", 45, 80))));

	/**
	 * A first cycle: a third of the weeks checked in, over-confident, short of the
	 * targets set without baselines, and no retrospective.
	 */
	private static final DemoHabits HABITS = new DemoHabits(35, Map.of(), 2, -0.2, Map.of(), 2.6,
			List.of("Make the nightly route planning reliable", "Answer customers faster"));

	static final DemoQuarter QUARTER = new DemoQuarter(PLAN, HABITS);

	private DemoFirstQuarter() {
	}

}
