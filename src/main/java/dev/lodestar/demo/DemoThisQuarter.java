package dev.lodestar.demo;

import java.util.List;
import java.util.Map;

import dev.lodestar.demo.DemoPlan.ObjectiveText;

import static dev.lodestar.demo.DemoPlan.aspirational;
import static dev.lodestar.demo.DemoPlan.committed;
import static dev.lodestar.demo.DemoPlan.metric;
import static dev.lodestar.demo.DemoPlan.milestone;
import static dev.lodestar.demo.DemoPlan.percentage;
import static dev.lodestar.demo.DemoPlan.rollup;
import static dev.lodestar.demo.DemoPlan.team;

/**
 * Northwind's OKRs of the current quarter: grow on fleets that stay, win the drivers, and
 * get ready to grow past a hundred people. The driver app's objectives feed a roll-up key
 * result of the company, several team objectives contribute to more than one key result
 * with weights, and Sales shares its hand-over objective with Customer Success. Two
 * overlaps are left for the alignment workshop: the Web App and Customer Success both
 * want fleets to help themselves, and Sales and Finance pull the discount on multi-year
 * deals in opposite directions.
 */
final class DemoThisQuarter {

	private static final List<ObjectiveText> COMPANY = List.of(
			committed("Grow recurring revenue on fleets that stay",
					"We ended last quarter just short of plan. The funding round needs 6 M€ by the summer, with "
							+ "churn under control.",
					metric("Annual recurring revenue", 4.9, 5.8, "M€").by("Sales & Marketing"),
					metric("Net revenue retention", 99, 104, "%").by("Customer Success"),
					metric("Monthly gross revenue churn", 1.9, 1.5, "%").by("Customer Success")),
			aspirational("Become the dispatch tool drivers ask for",
					"Fleets choose us when their drivers like the app; drivers' word of mouth is our cheapest sales "
							+ "channel.",
					metric("Weekly active drivers", 5200, 8000, "drivers").by("Engineering"),
					metric("Driver app rating", 4.1, 4.6, "stars").by("Mobile"),
					percentage("New fleets that came through a driver's recommendation", 8, 20).by("Growth Marketing"),
					rollup("The teams' driver app objectives").by("Product")),
			committed("Be ready to grow past a hundred people",
					"We will be a hundred people by the autumn. What works for sixty by talking across a desk will "
							+ "not hold.",
					milestone("One HR and payroll system in every country").by("People & Operations"),
					percentage("Managers trained in coaching conversations", 0, 100).by("People"),
					metric("Employee Net Promoter Score", 24, 35, "points").by("People & Operations")));

	private static final DemoPlan PLAN = DemoPlan.of(COMPANY,
			team("Product Discovery",
					aspirational("Find out what drivers need that nobody builds",
							"We know dispatchers well and drivers hardly at all; the driver app's roadmap is built on "
									+ "guesses.",
							metric("Ride-alongs with drivers", 0, 20, "ride-alongs"),
							milestone("Map of drivers' jobs to be done shared with all teams"),
							percentage("Roadmap items backed by evidence from drivers", 15, 60))
						.alignedTo(2),
					committed("Turn the guided first route into a habit",
							"The guided first route lifted first-day activation; now trials must come back on the "
									+ "second day.",
							percentage("Trials active on their second day", 38, 55),
							metric("Median routes planned in the first week", 2, 5, "routes"))),
			team("Design", committed("Make the driver app usable with one hand and gloves on",
					"Drivers use the app while carrying crates, often in winter gloves; small targets make them "
							+ "give up.",
					percentage("Driver app tap targets of 48 px or more", 40, 100),
					percentage("Field-test success for 'mark delivered'", 72, 95))
				.alignedTo(2, 4)
				.andTo(2, 2, 1),
					aspirational("Make reports something people open on purpose",
							"Fleet owners buy Northwind for the savings but never see them; the reports are tables "
									+ "nobody reads.",
							percentage("Fleet owners who open the weekly report", 18, 45),
							milestone("Savings report designed and tested with eight owners"))),
			team("Platform", committed("Scale to the largest fleets we are selling to",
					"Sales is talking to fleets with 500 vehicles; our optimiser has never planned more than 2,500 "
							+ "stops at once.",
					metric("Largest plan optimised in under a minute", 2500, 10000, "stops"),
					percentage("Monthly uptime of the planning API", 99.8, 99.95),
					milestone("Load test with a 500-vehicle fleet signed off"))
				.alignedTo(1, 1),
					aspirational("Cut our cloud bill while we grow",
							"Hosting costs grew faster than revenue last year; that gap eats the margin the board "
									+ "wants to see.",
							metric("Hosting cost per active vehicle", 1.9, 1.2, "€ per month"),
							percentage("Workloads on autoscaling", 30, 90))),
			team("Web App", committed("Let fleet owners see what Northwind saves them",
					"Owners who can show the savings renew and upgrade; today they have to take our word for it.",
					milestone("Savings dashboard released to all fleets"),
					percentage("Active fleets that looked at their savings", 0, 60))
				.alignedTo(1, 2)
				.weighing(2)
				.andTo(1, 3, 1),
					aspirational("Make planning the morning a five-minute job",
							"Dispatchers still spend half an hour moving stops by hand after the optimiser has run.",
							metric("Median manual edits per plan", 23, 8, "edits"),
							metric("Median time from opening the board to dispatch", 31, 10, "minutes"),
							percentage("Plans dispatched without manual edits", 12, 40)),
					aspirational("Help fleets help themselves in the product",
							"Every question a fleet owner answers in the web app is a ticket nobody has to solve.",
							percentage("Questions answered by in-app help without a ticket", 10, 35),
							metric("Help articles opened from the web app", 1200, 3000, "per week"))),
			team("Mobile",
					committed("Make the driver app the best-rated in its category",
							"Driver reviews decide whether fleets recommend us, and we sit below two competitors.",
							percentage("Crash-free sessions", 99.1, 99.8),
							metric("Battery used in an eight-hour shift", 38, 20, "%"),
							metric("One-star reviews", 24, 8, "per month"))
						.alignedTo(2, 4)
						.weighing(2)
						.andTo(2, 2, 1),
					aspirational("Let drivers work without signal",
							"Rural routes and basements lose signal; drivers who cannot mark deliveries there stop "
									+ "using the app.",
							milestone("Full offline mode released"),
							metric("Sync conflicts per 1,000 stops", 12, 2, "conflicts"))
						.alignedTo(2, 4)
						.andTo(2, 1, 0.5),
					committed("Bring Android up to iOS",
							"Most drivers are on Android, yet new features reach it weeks after iOS.",
							metric("Days between a feature's iOS and Android release", 24, 3, "days"),
							milestone("One release train for both apps"))),
			team("Growth Marketing", committed("Make drivers our marketing channel",
					"Drivers change employers and bring their favourite app along; a referral programme turns that "
							+ "into trials.",
					milestone("Driver referral programme launched"),
					metric("Trials from driver referrals", 6, 40, "per month"),
					metric("Cost per qualified trial", 74, 60, "€"))
				.alignedTo(2, 3)
				.weighing(3)
				.andTo(1, 1, 1),
					aspirational("Own the bakery and florist niches",
							"Our case studies worked: bakeries and florists now convert twice as well as other "
									+ "trials. Time to go deep.",
							percentage("Qualified trials from the target niches", 22, 40),
							metric("Partnerships with trade associations", 0, 3, "partnerships"))),
			team("Sales", committed("Bring in the quarter's new revenue",
					"Half of the year's growth plan lands this quarter; the pipeline is there, now it has to close.",
					metric("New annual recurring revenue", 0, 700, "k€"),
					percentage("Deals closed at list price", 76, 85), metric("Mid-size fleets signed", 2, 6, "fleets"),
					percentage("Increase the average discount on multi-year deals", 10, 15))
				.alignedTo(1, 1),
					aspirational("Make every new fleet live within two weeks",
							"Fleets that sign but do not go live churn fastest, and the handover from sales to "
									+ "onboarding still drops things.",
							metric("Median days from signature to first live route", 26, 14, "days")
								.by("Customer Success"),
							percentage("Deals handed over with a complete onboarding plan", 55, 95))
						.alignedTo(1, 3)
						.sharedWith("Customer Success")),
			team("Customer Success", committed("Turn customers into advocates",
					"Expansion from happy fleets is the cheapest growth we have; upgrades come from owners who see "
							+ "the value.",
					metric("Expansion revenue", 0, 180, "k€"),
					percentage("Accounts with a quarterly business review held", 20, 80),
					metric("Reference customers ready to take calls", 6, 15, "customers"))
				.alignedTo(1, 2),
					aspirational("Help fleets help themselves",
							"Tickets grow with customers; answers inside the product scale better than people.",
							percentage("Tickets solved by the help centre without an agent", 18, 40),
							metric("Tickets per 100 active vehicles", 9.5, 6, "tickets"))),
			team("People", committed("Make every manager a coach",
					"Half of our managers were promoted this year without training, and their teams feel it first.",
					percentage("Managers who finished the coaching programme", 0, 100),
					percentage("Teams holding monthly one-to-ones", 60, 100))
				.alignedTo(3, 2),
					aspirational("Make new people feel useful in their first month",
							"Twenty people join this half-year; today it takes three months before they feel at "
									+ "home.",
							metric("Onboarding satisfaction after 30 days", 3.4, 4.5, "of 5"),
							metric("Days to a new engineer's first merged change", 12, 3, "days"))
						.alignedTo(3)),
			team("Finance & Operations", committed("Move to one HR and payroll system",
					"Three payroll providers in three countries mean errors, late payslips and no single headcount.",
					milestone("All payroll runs on the new system"), metric("Payroll corrections", 14, 2, "per month"))
				.alignedTo(3, 1),
					aspirational("Give every budget owner numbers they can trust",
							"Budget owners keep their own spreadsheets because the official numbers come too late.",
							metric("Working days to close the month", 7, 4, "days"),
							percentage("Budget owners using the live budget report", 20, 80),
							percentage("Reduce the average discount on multi-year deals", 12, 8))));

	/** The current quarter, run as the last one was: nearly every week checked in. */
	private static final DemoHabits HABITS = new DemoHabits(92, Map.of("Sales", 50), 0, 0.0, Map.of(), 0, List.of());

	static final DemoQuarter QUARTER = new DemoQuarter(PLAN, HABITS);

	private DemoThisQuarter() {
	}

}
