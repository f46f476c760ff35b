package dev.lodestar.demo;

import java.util.List;
import java.util.Map;

import dev.lodestar.demo.DemoPlan.ObjectiveText;

import static dev.lodestar.demo.DemoPlan.aspirational;
import static dev.lodestar.demo.DemoPlan.committed;
import static dev.lodestar.demo.DemoPlan.metric;
import static dev.lodestar.demo.DemoPlan.percentage;
import static dev.lodestar.demo.DemoPlan.team;

/**
 * Northwind's third quarter with OKRs, the one before last: every team sets them now,
 * People and Finance & Operations for the first time, and the Web App shares its import
 * objective with Customer Success. Mobile goes on with the driver app objective carried
 * over from the quarter before. Key results start from measured values, three weeks in
 * four are checked in, and confidence has become honest; Sales still checks in only now
 * and then and skips its retrospective, and so does Finance & Operations.
 */
final class DemoThirdQuarter {

	private static final List<ObjectiveText> COMPANY = List.of(
			committed("Grow recurring revenue to 4.2 M€",
					"The funding round next year starts from where we end this year.",
					metric("Annual recurring revenue", 3.6, 4.2, "M€").by("Sales & Marketing"),
					metric("Monthly gross revenue churn", 2.8, 2.4, "%").by("Customer Success")),
			aspirational("Make the first week of a trial convincing",
					"Trials decide in their first week; those that plan a real route in it buy three times as "
							+ "often.",
					percentage("Trials that plan a real route in their first week", 22, 40).by("Product"),
					metric("Setup tickets per 100 trials", 55, 38, "tickets").by("Customer Success")),
			aspirational("Run Northwind on OKRs, not on hope",
					"Every team sets OKRs this quarter; they only help if we keep them up week by week and learn "
							+ "from each quarter.",
					percentage("Key results checked in every week", 55, 80).by("People & Operations"),
					metric("Employee Net Promoter Score", 4, 12, "points").by("People & Operations")));

	private static final DemoPlan PLAN = DemoPlan.of(COMPANY,
			team("Product Discovery", aspirational("Find the setup steps that lose trials",
					"We see where trials stop, not why; the interviews and the funnel together tell us which step "
							+ "to fix first.",
					metric("Interviews with trials that stalled", 6, 20, "interviews"),
					percentage("Trial sign-ups tracked step by step", 30, 90))
				.alignedTo(2, 1)),
			team("Design",
					aspirational("Make the planning board usable on a tablet",
							"A third of dispatchers plan from a tablet in the van, where the board was never tested.",
							percentage("Task success in tablet usability tests", 41, 58),
							metric("Taps to reassign a stop", 9, 4, "taps"))
						.alignedTo(2)),
			team("Platform",
					committed("Keep optimisation fast for the biggest fleets",
							"The fleets we sign now plan twice as many stops as last year's.",
							metric("p95 optimisation time for 1,000 stops", 62, 48, "seconds"),
							percentage("Monthly uptime of the planning API", 99.3, 99.5))
						.alignedTo(1)),
			team("Web App",
					committed("Let fleets import their orders themselves",
							"Importing orders is the setup step trials most often need help with.",
							percentage("Order imports that succeed on the first try", 44, 62),
							metric("Import formats supported out of the box", 1, 3, "formats"),
							metric("Import tickets per 100 trials", 21, 12, "tickets"))
						.alignedTo(2, 2)
						.sharedWith("Customer Success")),
			team("Mobile",
					committed("Stop the driver app from crashing on old phones",
							"Half of the drivers use phones older than four years, and that is where the app crashes.",
							percentage("Sessions without a crash", 94.5, 97.2),
							metric("Crash reports from drivers", 85, 30, "per week"))
						.alignedTo(2)),
			team("Growth Marketing",
					committed("Bring in trials from fleets that fit",
							"Sign-ups doubled with the new website, but most are one-van businesses that never buy.",
							metric("Qualified trials", 90, 140, "per month"),
							metric("Cost per qualified trial", 130, 95, "€"))
						.alignedTo(1)),
			team("Sales", committed("Close the quarter's new business",
					"The year's plan needs a strong last quarter, and last year's discounts are coming up for renewal.",
					metric("New annual recurring revenue", 0, 550, "k€"),
					percentage("Deals closed at list price", 35, 48))
				.alignedTo(1, 1)),
			team("Customer Success", committed("Cut churn among the fleets we have",
					"Churn fell last quarter where fleets had an onboarding call; now the older fleets need the same "
							+ "care.",
					metric("Fleets cancelling", 2.6, 2.1, "% per month"),
					metric("Median first response time", 9, 5.5, "hours"))
				.alignedTo(1, 2)),
			team("People",
					aspirational("Make Northwind a place people recommend",
							"Two people left last quarter saying they could not see where they were going here.",
							metric("Employee Net Promoter Score", 4, 12, "points"),
							percentage("People who had a development conversation", 20, 60))
						.alignedTo(3, 2)),
			team("Finance & Operations",
					committed("Give every team its numbers on time",
							"Teams set targets on revenue and cost they only see a month later.",
							metric("Working days to close the month", 22, 15, "days"),
							percentage("Teams with a monthly cost report", 20, 100))
						.alignedTo(3)));

	/**
	 * A third cycle: three weeks in four checked in (Sales half), honest confidence, and
	 * retrospectives routine except in Sales and Finance & Operations.
	 */
	private static final DemoHabits HABITS = new DemoHabits(75, Map.of("Sales", 45), 0, 0.0,
			Map.of("Product Discovery", true, "Design", true, "Platform", true, "Web App", true, "Mobile", true,
					"Growth Marketing", true, "Sales", false, "Customer Success", true, "People", true,
					"Finance & Operations", false),
			3.6, List.of());

	static final DemoQuarter QUARTER = new DemoQuarter(PLAN, HABITS);

	private DemoThirdQuarter() {
	}

}
