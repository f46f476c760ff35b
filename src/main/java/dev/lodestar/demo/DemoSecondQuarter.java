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
 * Northwind's second quarter with OKRs: Design, Mobile and Growth Marketing join the five
 * pilot teams, and the company starts measuring what version 2.0 changed. Most key
 * results now start from a measured value, owners check in about every other week, and
 * most teams hold a retrospective for the first time; Sales checks in mostly when a deal
 * closes. Mobile's driver app objective is carried on into the next quarter.
 */
final class DemoSecondQuarter {

	private static final List<ObjectiveText> COMPANY = List.of(
			committed("Grow recurring revenue on Northwind 2.0",
					"The board wants to see that 2.0 sells, not only that it shipped.",
					metric("Annual recurring revenue", 3.1, 3.6, "M€").by("Sales & Marketing"),
					metric("Monthly gross revenue churn", 3.2, 2.6, "%").by("Customer Success")),
			aspirational("Make dispatchers like planning with Northwind",
					"Fleets on 2.0 plan more routes but complain about the board; dispatchers decide whether a "
							+ "fleet renews.",
					percentage("Dispatchers active every week", 52, 70).by("Product"),
					metric("Support tickets about the planning board", 140, 70, "per month").by("Customer Success")));

	private static final DemoPlan PLAN = DemoPlan.of(COMPANY,
			team("Product Discovery",
					aspirational("Learn what makes a trial buy",
							"We know how many trials buy, not why; the next roadmap should come from their answers.",
							metric("Interviews with trials", 0, 25, "interviews"),
							percentage("Trials converted to paid", 14, 20))
						.alignedTo(1)),
			team("Design",
					committed("Redesign the planning board with dispatchers",
							"Dispatchers told us the board hides what they look at most; they should shape the new "
									+ "one.",
							milestone("New board design signed off by five dispatchers"),
							percentage("Task success in usability tests", 48, 70))
						.alignedTo(2)),
			team("Platform", committed("Make route optimisation fast enough for large fleets",
					"Fleets with more than 500 stops wait minutes for a plan, and they are the ones we want to sell "
							+ "to.",
					metric("p95 optimisation time for 1,000 stops", 95, 50, "seconds"),
					milestone("Optimiser profiled and its slowest step rewritten"))
				.alignedTo(2)),
			team("Web App",
					committed("Make the planning board fast enough to plan on",
							"Dispatchers give up on the board when it takes seconds to show a change.",
							metric("Median board load time", 7.5, 4.0, "seconds"),
							metric("Tickets reporting a slow board", 60, 30, "per month"))
						.alignedTo(2, 2)),
			team("Mobile",
					aspirational("Get drivers to use the app instead of the phone",
							"Drivers phone the dispatcher for every change; each call is a stop the plan does not know "
									+ "about.",
							percentage("Stops marked delivered in the app", 40, 65),
							metric("App store rating", 3.1, 3.6, "stars"),
							metric("Calls from drivers to dispatchers", 45, 25, "per fleet and week"))),
			team("Growth Marketing",
					committed("Launch the new website",
							"The old site still sells version 1, and trials sign up expecting what we no longer "
									+ "make.",
							milestone("New website live"), metric("Trial sign-ups", 80, 150, "per month"))
						.alignedTo(1)),
			team("Sales",
					committed("Bring in the quarter's new business",
							"The growth plan needs 450 k€ of new annual revenue a quarter from now on.",
							metric("New annual recurring revenue", 0, 450, "k€"),
							metric("Deals in the pipeline", 35, 60, "deals"))
						.alignedTo(1, 1)),
			team("Customer Success", committed("Keep the fleets we won",
					"Fleets that leave in their first three months never really started; a call at the start keeps "
							+ "them.",
					metric("Fleets cancelling", 3.4, 2.5, "% per month"),
					percentage("Fleets with an onboarding call", 50, 90))
				.alignedTo(1, 2)));

	/**
	 * A second cycle: about every other week checked in (Sales less), still a little
	 * over-confident, and retrospectives held by most of the teams that had OKRs before.
	 */
	private static final DemoHabits HABITS = new DemoHabits(55, Map.of("Sales", 40), 1, -0.1,
			Map.of("Product Discovery", true, "Platform", true, "Web App", true, "Customer Success", true, "Sales",
					true, "Mobile", true, "Design", false, "Growth Marketing", false),
			3.2, List.of("Get drivers to use the app instead of the phone"));

	static final DemoQuarter QUARTER = new DemoQuarter(PLAN, HABITS);

	private DemoSecondQuarter() {
	}

}
