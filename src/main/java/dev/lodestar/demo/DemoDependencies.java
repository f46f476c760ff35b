package dev.lodestar.demo;

import java.time.LocalDate;
import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.demo.DemoOkrs.Planted;
import dev.lodestar.demo.DemoOrganisation.Organisation;
import dev.lodestar.dependencies.Decision;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.dependencies.Dependencies.NewDependency;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.People;

/**
 * What Northwind's teams ask each other for in the current quarter, through
 * {@link Dependencies}: each asked by the asking team's lead for one of its key results
 * and, where settled, accepted or declined with a note by the asked team's lead.
 */
final class DemoDependencies {

	static final List<Asked> ASKED = List.of(
			new Asked("Web App", "Platform",
					"Savings per route from the planning API, so that the dashboard can show each fleet what it saved",
					"Savings dashboard released to all fleets", 4, Decision.ACCEPTED,
					"We add them to the plan summary in our third sprint; Marcus is your contact."),
			new Asked("Growth Marketing", "Mobile",
					"An \"invite a driver\" button in the driver app for the referral programme",
					"Driver referral programme launched", 2, null, null),
			new Asked("Mobile", "Platform", "A sync endpoint that sends only what changed since the driver's last sync",
					"Sync conflicts per 1,000 stops", 3, Decision.DECLINED,
					"Not this quarter: the 500-vehicle load test takes all of us. Let's plan it together for the next "
							+ "one."));

	private final Dependencies dependencies;

	private final People people;

	DemoDependencies(Dependencies dependencies, People people) {
		this.dependencies = dependencies;
		this.people = people;
	}

	/**
	 * Asks for and decides {@link #ASKED} in the cycle, whose key results are among those
	 * planted. Answers how many dependencies were asked for.
	 */
	int play(Organisation built, Cycle cycle, List<Planted> planted) {
		for (Asked asked : ASKED) {
			LocalDate due = cycle.endDate().minusWeeks(asked.weeksBeforeEnd());
			Dependency dependency = this.dependencies.request(this.people.actorOf(built.leadOf(asked.from())),
					new NewDependency(cycle.id(), built.team(asked.from()), built.team(asked.to()), asked.what(),
							keyResult(planted, asked.keyResult()), due));
			if (asked.decision() != null) {
				this.dependencies.decide(this.people.actorOf(built.leadOf(asked.to())), dependency.id(),
						asked.decision(), asked.note());
			}
		}
		return ASKED.size();
	}

	private static KeyResultId keyResult(List<Planted> planted, String title) {
		return planted.stream()
			.filter((one) -> one.keyResult().title().equals(title))
			.findFirst()
			.orElseThrow()
			.keyResult()
			.id();
	}

	/**
	 * A dependency: the asking and the asked team, what is asked for which of the asking
	 * team's key results and by when (weeks before the cycle's end), and the asked team's
	 * answer ({@code null}: not yet decided).
	 */
	record Asked(String from, String to, String what, String keyResult, int weeksBeforeEnd, Decision decision,
			String note) {
	}

}
