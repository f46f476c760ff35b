package dev.lodestar.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.demo.DemoOkrs.Planted;
import dev.lodestar.demo.DemoOrganisation.Organisation;
import dev.lodestar.dependencies.Dependencies;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Teams;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.shared.FirstStart;
import dev.lodestar.shared.Paging;

/**
 * Fills an empty Lodestar with demo data when {@code lodestar.demo.enabled} is
 * {@code true}: Northwind's people and teams, last quarter's cycle played to the end and
 * closed, and the current quarter's in execution, with their OKRs and weekly check-ins up
 * to today; the current quarter's objectives are aligned with weights, one feeds a
 * roll-up key result, one is shared by two teams, and teams ask each other for things.
 * Runs after the first admin, all in one transaction that holds the {@link FirstStart}
 * lock (instances started at once fill it once), and leaves a database that already has
 * teams or cycles alone. The same seed makes the same organisation on every run. The
 * switch is read when the runner runs, not as a condition on the bean, so that it works
 * the same in an application context worked out ahead of time (Spring AOT), whose beans
 * are fixed at build time.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

	/**
	 * The password every demo person signs in with.
	 */
	static final String PASSWORD = "lodestar-demo";

	private static final long SEED = 20_260_401L;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Teams teams;

	private final Cycles cycles;

	private final DemoOrganisation organisation;

	private final DemoCycles demoCycles;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final DemoCheckIns checkIns;

	private final DemoWeek week;

	private final DemoReflection reflection;

	private final DemoDependencies dependencies;

	private final FirstStart firstStart;

	private final Clock clock;

	private final boolean enabled;

	DemoData(People people, Teams teams, Cycles cycles, Objectives objectives, KeyResults keyResults, CheckIns checkIns,
			DemoWeekServices weekServices, Retrospectives retrospectives, Dependencies dependencies,
			FirstStart firstStart, Clock clock, @Value("${lodestar.demo.enabled:false}") boolean enabled) {
		this.teams = teams;
		this.cycles = cycles;
		this.organisation = new DemoOrganisation(people, teams);
		this.demoCycles = new DemoCycles(cycles);
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.checkIns = new DemoCheckIns(checkIns, people);
		this.week = weekServices.week(checkIns, people);
		this.reflection = new DemoReflection(retrospectives, objectives, keyResults);
		this.dependencies = new DemoDependencies(dependencies, people);
		this.firstStart = firstStart;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		long started = System.nanoTime();
		Summary summary = this.firstStart.exclusively(() -> isEmpty() ? fill() : null);
		if (summary == null) {
			log.info("Demo data is switched on, but the database already has teams or cycles; leaving it alone");
			return;
		}
		log.info(
				"Demo data: created {} people, {} teams, {} objectives, {} key results, {} check-ins and {} "
						+ "dependencies between teams in {} ms; "
						+ "everyone signs in with the password \"{}\", and {} is the admin",
				summary.people(), summary.teams(), summary.objectives(), summary.keyResults(), summary.checkIns(),
				summary.dependencies(), (System.nanoTime() - started) / 1_000_000, PASSWORD, DemoCatalogue.ADMIN_EMAIL);
	}

	private boolean isEmpty() {
		Paging first = new Paging(1, 0);
		return this.teams.list(first).total() == 0 && this.cycles.list(first).total() == 0;
	}

	private Summary fill() {
		Instant now = this.clock.instant();
		LocalDate thisQuarter = DemoCycles.quarterStart(LocalDate.ofInstant(now, this.clock.getZone()));
		Organisation built = this.organisation.build();
		DemoOkrs okrs = new DemoOkrs(this.objectives, this.keyResults, built);
		Random seeds = new Random(SEED);
		Played last = play(built, okrs, thisQuarter.minusMonths(3), DemoLastQuarter.PLAN, seeds.nextLong());
		this.demoCycles.moveOn(built.admin(), last.cycle(), Phase.REFLECT);
		this.reflection.play(built, last.cycle().id(), new Random(seeds.nextLong()));
		this.demoCycles.moveOn(built.admin(), last.cycle(), Phase.CLOSED);
		Played current = play(built, okrs, thisQuarter, DemoThisQuarter.PLAN, seeds.nextLong());
		int dependencyCount = this.dependencies.play(built, current.cycle(), current.planted());
		this.week.play(built, current.planted(), now);
		int objectiveCount = DemoLastQuarter.PLAN.objectiveCount() + DemoThisQuarter.PLAN.objectiveCount();
		return new Summary(built.peopleCreated(), built.teams().size(), objectiveCount,
				last.keyResults() + current.keyResults(), last.checkIns() + current.checkIns(), dependencyCount);
	}

	/**
	 * Opens the quarter's cycle, sets its OKRs, moves it on to execution and checks in
	 * every week up to now.
	 */
	private Played play(Organisation built, DemoOkrs okrs, LocalDate start, DemoPlan plan, long seed) {
		Cycle cycle = this.demoCycles.open(built.admin(), start);
		Random random = new Random(seed);
		List<Planted> planted = okrs.set(cycle.id(), plan, random);
		this.demoCycles.moveOn(built.admin(), cycle, Phase.EXECUTE);
		int recorded = this.checkIns.play(cycle, planted, this.clock.instant(), random.nextLong());
		return new Played(cycle, planted, recorded);
	}

	private record Played(Cycle cycle, List<Planted> planted, int checkIns) {

		int keyResults() {
			return this.planted.size();
		}

	}

	private record Summary(int people, int teams, int objectives, int keyResults, int checkIns, int dependencies) {
	}

}
