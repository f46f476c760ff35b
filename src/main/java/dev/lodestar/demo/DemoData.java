package dev.lodestar.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

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
import dev.lodestar.objectives.CarryOvers;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Teams;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.shared.FirstStart;
import dev.lodestar.shared.Paging;
import dev.lodestar.surveys.Surveys;

/**
 * Fills an empty Lodestar with demo data when {@code lodestar.demo.enabled} is
 * {@code true}: Northwind's people and teams, the four quarters before this one played to
 * the end and closed (a year in which the organisation goes from a first cycle with five
 * pilot teams to a practice that some teams master, each quarter run with its own
 * {@link DemoHabits} and some objectives carried from one to the next), and the current
 * quarter's in execution, with their OKRs and weekly check-ins up to today; the current
 * quarter's objectives are aligned with weights, one feeds a roll-up key result, one is
 * shared by two teams, and teams ask each other for things. Runs after the first admin,
 * all in one transaction that holds the {@link FirstStart} lock (instances started at
 * once fill it once), and leaves a database that already has teams or cycles alone. The
 * same seed makes the same organisation on every run. The switch is read when the runner
 * runs, not as a condition on the bean, so that it works the same in an application
 * context worked out ahead of time (Spring AOT), whose beans are fixed at build time.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

	/**
	 * The password every demo person signs in with.
	 */
	static final String PASSWORD = "lodestar-demo";

	private static final long SEED = 20_260_401L;

	/**
	 * The quarters before the current one, oldest first: the organisation's first quarter
	 * with OKRs a year ago, and the three in which it learned the practice.
	 */
	private static final List<DemoQuarter> CLOSED_QUARTERS = List.of(DemoFirstQuarter.QUARTER,
			DemoSecondQuarter.QUARTER, DemoThirdQuarter.QUARTER, DemoLastQuarter.QUARTER);

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

	private final DemoCarryOvers carryOvers;

	private final Metrics metrics;

	private final DemoSurveys surveys;

	private final DemoDependencies dependencies;

	private final FirstStart firstStart;

	private final Clock clock;

	private final boolean enabled;

	DemoData(People people, Teams teams, Cycles cycles, Objectives objectives, KeyResults keyResults, CheckIns checkIns,
			DemoWeekServices weekServices, Retrospectives retrospectives, CarryOvers carryOvers, Surveys surveys,
			Dependencies dependencies, FirstStart firstStart, Clock clock, Metrics metrics,
			@Value("${lodestar.demo.enabled:false}") boolean enabled) {
		this.metrics = metrics;
		this.teams = teams;
		this.cycles = cycles;
		this.organisation = new DemoOrganisation(people, teams);
		this.demoCycles = new DemoCycles(cycles);
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.checkIns = new DemoCheckIns(checkIns, people);
		this.week = weekServices.week(checkIns, people);
		this.reflection = new DemoReflection(retrospectives, objectives, keyResults);
		this.carryOvers = new DemoCarryOvers(carryOvers, objectives);
		this.surveys = new DemoSurveys(surveys, people);
		this.dependencies = new DemoDependencies(dependencies, people);
		this.firstStart = firstStart;
		this.clock = clock;
		this.enabled = enabled;
		if (enabled) {
			// from now until the demo is written (or found written), pages say it is
			// being prepared
			firstStart.expect();
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		long started = System.nanoTime();
		Summary summary;
		try {
			summary = this.firstStart.exclusively(() -> isEmpty() ? fill() : null);
		}
		finally {
			this.firstStart.done();
		}
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
		int objectiveCount = 0;
		int keyResultCount = 0;
		int checkInCount = 0;
		Played previous = null;
		for (int i = 0; i < CLOSED_QUARTERS.size(); i++) {
			LocalDate start = thisQuarter.minusMonths(3L * (CLOSED_QUARTERS.size() - i));
			Played played = play(built, okrs, start, CLOSED_QUARTERS.get(i), previous, seeds.nextLong());
			this.demoCycles.moveOn(built.admin(), played.cycle(), Phase.REFLECT);
			this.reflection.play(built, played.cycle().id(), played.habits(), new Random(seeds.nextLong()));
			this.surveys.play(built, played.cycle().id(), played.teams(), played.habits(),
					new Random(seeds.nextLong()));
			if (i == 0) {
				// the first quarter taught Northwind which measures it comes back to
				okrs.track(DemoMetrics.create(built.admin(), this.metrics));
			}
			objectiveCount += played.objectives();
			keyResultCount += played.keyResults();
			checkInCount += played.checkIns();
			previous = played;
		}
		Played current = play(built, okrs, thisQuarter, DemoThisQuarter.QUARTER, previous, seeds.nextLong());
		int dependencyCount = this.dependencies.play(built, current.cycle(), current.planted());
		this.week.play(built, current.planted(), now);
		return new Summary(built.peopleCreated(), built.teams().size(), objectiveCount + current.objectives(),
				keyResultCount + current.keyResults(), checkInCount + current.checkIns(), dependencyCount);
	}

	/**
	 * Opens the quarter's cycle; carries into it what the quarter before carries on, and
	 * closes that one; sets the quarter's OKRs, moves it on to execution and checks in
	 * every week up to now as the quarter's habits say.
	 */
	private Played play(Organisation built, DemoOkrs okrs, LocalDate start, DemoQuarter quarter, Played previous,
			long seed) {
		Cycle cycle = this.demoCycles.open(built.admin(), start);
		List<Planted> planted = new ArrayList<>();
		if (previous != null) {
			planted.addAll(this.carryOvers.carry(built.admin(), previous.cycle().id(), previous.planted(),
					previous.habits(), cycle.id()));
			this.demoCycles.moveOn(built.admin(), previous.cycle(), Phase.CLOSED);
		}
		Random random = new Random(seed);
		planted.addAll(okrs.set(cycle.id(), quarter.plan(), random));
		this.demoCycles.moveOn(built.admin(), cycle, Phase.EXECUTE);
		int recorded = this.checkIns.play(cycle, planted, quarter.habits(), this.clock.instant(), random.nextLong());
		return new Played(cycle, quarter.habits(), planted, recorded);
	}

	private record Played(Cycle cycle, DemoHabits habits, List<Planted> planted, int checkIns) {

		int keyResults() {
			return this.planted.size();
		}

		int objectives() {
			return (int) this.planted.stream().map((one) -> one.keyResult().objectiveId()).distinct().count();
		}

		/** The teams that had objectives, by name. */
		Set<String> teams() {
			return this.planted.stream().map(Planted::team).filter(Objects::nonNull).collect(Collectors.toSet());
		}

	}

	private record Summary(int people, int teams, int objectives, int keyResults, int checkIns, int dependencies) {
	}

}
