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
 * Northwind's OKRs of the quarter that has ended, its fourth with OKRs: grow without
 * discounts, make the first day of a trial easy, and build a company people want to stay
 * in.
 */
final class DemoLastQuarter {

	private static final List<ObjectiveText> COMPANY = List.of(
			committed("Grow recurring revenue without buying it with discounts",
					"The funding round next year assumes steady growth. Discounts made last year's numbers look "
							+ "better than the business was; this quarter growth has to come from fleets that stay.",
					metric("Annual recurring revenue", 4.2, 5.0, "M€").by("Sales & Marketing"),
					metric("Monthly gross revenue churn", 2.4, 1.8, "%").by("Customer Success"),
					percentage("Deals closed without a discount above 10 %", 55, 85).by("Sales")),
			aspirational("Make Northwind the easiest dispatch tool to start with",
					"Lost deals and cancelled trials tell the same story: setup takes too long. A fleet that plans "
							+ "its first real route on day one is three times as likely to buy.",
					percentage("Trials that plan a real route on their first day", 31, 60).by("Product"),
					metric("Median time from sign-up to first planned route", 190, 45, "minutes").by("Product"),
					metric("Setup tickets per 100 trials", 38, 15, "tickets").by("Customer Success")),
			aspirational("Build a company people want to stay in and bring friends to",
					"We will hire fifteen people this year. That only works if the people we have stay, grow and "
							+ "recommend us.",
					metric("Employee Net Promoter Score", 12, 30, "points").by("People & Operations"),
					percentage("New hires who came through a referral", 10, 30).by("People"),
					milestone("Career framework agreed for every department").by("People")));

	private static final DemoPlan PLAN = DemoPlan.of(COMPANY,
			team("Product Discovery",
					aspirational("Understand why trials stall before the first route",
							"We guess at why half of our trials never plan a route. Talking to them will tell us which "
									+ "setup steps to cut first.",
							metric("Interviews with trials that stalled", 0, 25, "interviews"),
							milestone("Top five setup obstacles ranked and shared with Engineering"),
							percentage("Product decisions backed by trial data", 20, 70))
						.alignedTo(2, 1),
					committed("Make the first day of a trial guided, not guessed",
							"New dispatchers land on an empty map. A guided first route shows them the value before "
									+ "they have imported anything.",
							percentage("Trials that finish the guided first route", 0, 50),
							metric("Steps from sign-up to first planned route", 14, 6, "steps"))
						.alignedTo(2, 2)),
			team("Design", aspirational("Make the dispatcher's day calm on a tablet",
					"A third of dispatchers plan from a tablet in the van, where the map and the order list fight "
							+ "for space.",
					percentage("Task success in tablet usability tests", 58, 85),
					metric("Average time to reassign a stop", 42, 20, "seconds"),
					milestone("Tablet layout of the planning board shipped")),
					committed("Speak with one visual voice",
							"Web, mobile and emails look like three companies; customers notice, and it makes us "
									+ "look small.",
							percentage("Screens built from the shared design system", 35, 80),
							metric("Open visual inconsistency bugs", 64, 15, "bugs"))),
			team("Platform", committed("Keep route planning fast as fleets grow",
					"Our largest customers plan 2,000 stops a day, and the optimiser slows down exactly when they "
							+ "need it most.",
					metric("p95 optimisation time for 1,000 stops", 48, 20, "seconds"),
					percentage("Monthly uptime of the planning API", 99.5, 99.9),
					milestone("Optimiser runs on the new job queue"))
				.alignedTo(1),
					aspirational("Ship on any day without holding our breath",
							"Releases still need a quiet Friday and two people watching. Safe, fast deploys let us "
									+ "fix what customers report on the same day.",
							metric("Lead time from merge to production", 72, 4, "hours"),
							metric("Deployments rolled back", 6, 1, "per month"),
							percentage("Services deployed through the new pipeline", 20, 90)),
					committed("Hear about incidents before customers do",
							"Last quarter customers found four of our five biggest incidents before we did.",
							percentage("Incidents caught by alerts before a customer report", 40, 80),
							metric("Mean time to restore", 95, 30, "minutes"))),
			team("Web App",
					committed("Let fleets bring their orders in without help",
							"Importing orders is where trials ask support for help; every ticket there is a fleet that "
									+ "almost left.",
							percentage("Order imports that succeed on the first try", 62, 90),
							metric("Import formats supported out of the box", 3, 8, "formats"),
							milestone("Shopify and WooCommerce connectors live"))
						.alignedTo(2, 3),
					aspirational("Make the planning board feel instant",
							"Dispatchers replan every morning under time pressure; each second of waiting is felt.",
							metric("Median board load time", 3.8, 1.2, "seconds"),
							metric("Tickets reporting a slow board", 27, 5, "per month")),
					committed("Make accessibility a default, not an audit",
							"Two public-sector fleets require accessible software, and so do some of our own "
									+ "dispatchers.",
							percentage("Screens passing WCAG 2.1 AA checks", 45, 90),
							metric("Open accessibility issues", 38, 10, "issues"))),
			team("Mobile",
					committed("Give drivers an app they trust on the road",
							"Drivers who distrust the app phone the dispatcher instead, and then the dispatcher stops "
									+ "believing the plan.",
							metric("App store rating", 3.6, 4.3, "stars"),
							percentage("Sessions without a crash", 97.2, 99.5),
							percentage("Stops marked delivered in the app", 71, 92)),
					aspirational("Deliver proof without paperwork",
							"The customers of our fleets want photo and signature proof; half the fleets still "
									+ "carry paper, and proof of delivery is an add-on they would pay for.",
							percentage("Deliveries with digital proof", 48, 80),
							milestone("Offline proof of delivery released"))
						.alignedTo(1)),
			team("Growth Marketing", committed("Fill the trial pipeline with fleets that fit",
					"We get plenty of sign-ups from one-van hobbyists; the fleets that buy have 5 to 50 vehicles.",
					metric("Qualified trials", 140, 220, "per month"), metric("Cost per qualified trial", 95, 70, "€"),
					percentage("Trials from fleets with five vehicles or more", 38, 55))
				.alignedTo(1, 1),
					aspirational("Become the name bakeries and florists know",
							"Bakeries and florists are our best-fitting niches, and nobody owns them yet.",
							metric("Newsletter subscribers in the target niches", 1200, 3000, "subscribers"),
							milestone("Case studies with three well-known bakeries published"),
							metric("Organic visits to the niche pages", 2500, 6000, "per month"))),
			team("Sales", committed("Close the quarter's new business at full price",
					"Discounts won deals last year but left us with customers who churn when the price goes back "
							+ "up.",
					metric("New annual recurring revenue", 0, 620, "k€"),
					percentage("Deals closed at list price", 48, 80), metric("Average sales cycle", 41, 30, "days"))
				.alignedTo(1, 3),
					aspirational("Open the mid-size fleet segment",
							"Fleets of 50 to 200 vehicles pay five times more and need the same product with "
									+ "better onboarding.",
							metric("Mid-size fleets in active evaluation", 2, 10, "fleets"),
							metric("Mid-size fleets signed", 0, 3, "fleets"))),
			team("Customer Success",
					committed("Keep the fleets we have",
							"Every fleet we lose costs as much as three new ones to replace.",
							metric("Fleets cancelling", 2.1, 1.4, "% per month"),
							percentage("At-risk accounts with a recovery plan", 30, 100),
							metric("Net revenue retention", 97, 103, "%"))
						.alignedTo(1, 2),
					aspirational("Answer before the customer has to ask twice",
							"Slow answers are the first complaint in every churn interview.",
							metric("Median first response time", 5.5, 1, "hours"),
							percentage("Tickets solved in the first reply", 41, 65),
							percentage("Customer satisfaction score", 86, 93))
						.alignedTo(2, 3)),
			team("People", aspirational("Hire well and fast for the growth plan",
					"Nine open roles decide whether the year's plan is possible; slow hiring burns out the teams "
							+ "waiting for help.",
					metric("Days from opening a role to a signed offer", 58, 40, "days"),
					percentage("Offers accepted", 70, 90),
					metric("Referred candidates interviewed", 4, 20, "candidates"))
				.alignedTo(3, 2),
					committed("Give everyone a visible path to grow",
							"In exit interviews people say they could not see what growing here looks like.",
							milestone("Career framework drafted with every department head"),
							percentage("People with a written development goal", 25, 90))
						.alignedTo(3, 3)),
			team("Finance & Operations", committed("Close the books in days, not weeks",
					"Decisions wait for numbers: the monthly close takes 15 working days, so the board sees them a "
							+ "month late.",
					metric("Working days to close the month", 15, 6, "days"),
					percentage("Invoices matched automatically", 40, 85)),
					aspirational("Know our unit economics per segment",
							"We price by gut feeling; we need to know what a bakery and a courier each cost and "
									+ "earn us.",
							milestone("Cost-to-serve model reviewed by the board"),
							percentage("Revenue attributed to a segment", 50, 95))
						.alignedTo(1)));

	/**
	 * A fourth cycle: nearly every week checked in (Sales still only half of them),
	 * honest confidence, and a retrospective in every team, held everywhere but in Growth
	 * Marketing.
	 */
	private static final DemoHabits HABITS = new DemoHabits(92, Map.of("Sales", 50), 0, 0.0,
			Map.of("Product Discovery", true, "Design", true, "Platform", true, "Web App", true, "Mobile", true,
					"Growth Marketing", false, "Sales", true, "Customer Success", true, "People", true,
					"Finance & Operations", true),
			3.9, List.of());

	static final DemoQuarter QUARTER = new DemoQuarter(PLAN, HABITS);

	private DemoLastQuarter() {
	}

}
