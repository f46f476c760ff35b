package dev.lodestar.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.demo.DemoOkrs.Planted;
import dev.lodestar.demo.DemoTrajectory.Week;
import dev.lodestar.objectives.CheckIns.NewCheckIn;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;

/**
 * Plays a cycle's weeks through {@link CheckIns}: every Monday morning from the cycle's
 * start until its end or until now, each key result's owner checks in as often as the
 * quarter's {@link DemoHabits} say for their team (in a mature quarter nearly every week,
 * in the first one a week in three), with notes on some check-ins and blockers on a few
 * of those that are at risk.
 */
final class DemoCheckIns {

	private static final int NOTE_PERCENT = 35;

	private static final int BLOCKER_PERCENT = 30;

	private final CheckIns checkIns;

	private final People people;

	private final Map<PersonId, Actor> owners = new HashMap<>();

	DemoCheckIns(CheckIns checkIns, People people) {
		this.checkIns = checkIns;
		this.people = people;
	}

	/**
	 * Checks in the cycle's key results week by week up to {@code now} (roll-ups take
	 * none: they move with the check-ins below them). Each key result draws from its own
	 * random numbers, seeded in turn from {@code seed}, so its story does not depend on
	 * how many weeks the others had. Answers how many check-ins were recorded.
	 */
	int play(Cycle cycle, List<Planted> keyResults, DemoHabits habits, Instant now, long seed) {
		Random seeds = new Random(seed);
		int recorded = 0;
		for (Planted planted : keyResults) {
			if (!planted.keyResult().type().takesCheckIns()) {
				continue;
			}
			recorded += play(cycle, planted, habits, now, new Random(seeds.nextLong()));
		}
		return recorded;
	}

	private int play(Cycle cycle, Planted planted, DemoHabits habits, Instant now, Random random) {
		Actor owner = this.owners.computeIfAbsent(planted.keyResult().ownerId(), this.people::actorOf);
		DemoTrajectory trajectory = DemoTrajectory.draw(planted.keyResult(), planted.kind(), habits, random);
		int checkInPercent = habits.checkInPercent(planted.team());
		int recorded = 0;
		String lastNote = null;
		for (LocalDate monday : mondays(cycle)) {
			Instant at = monday.atTime(8, 30).plusMinutes(random.nextInt(300)).toInstant(ZoneOffset.UTC);
			if (!at.isBefore(now)) {
				break;
			}
			Week week = trajectory.next(cycle.elapsedShare(monday), random);
			if (random.nextInt(100) < checkInPercent) {
				NewCheckIn checkIn = checkIn(week, lastNote, random);
				this.checkIns.recordAt(owner, planted.keyResult().id(), checkIn, at);
				lastNote = checkIn.note();
				recorded++;
			}
		}
		return recorded;
	}

	private static List<LocalDate> mondays(Cycle cycle) {
		LocalDate first = cycle.startDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return first.datesUntil(cycle.endDate().plusDays(1), Period.ofWeeks(1)).toList();
	}

	/**
	 * A week's check-in, with a note now and then (never the same as the week before) and
	 * blockers on some of those at risk.
	 */
	private static NewCheckIn checkIn(Week week, String lastNote, Random random) {
		String note = null;
		if (week.justDone()) {
			note = DemoCatalogue.DONE_NOTE;
		}
		else if (random.nextInt(100) < NOTE_PERCENT) {
			String drawn = DemoCatalogue.note(week.confidence(), random);
			note = drawn.equals(lastNote) ? null : drawn;
		}
		boolean blocked = week.confidence() <= 5 && random.nextInt(100) < BLOCKER_PERCENT;
		String blockers = blocked ? DemoCatalogue.pick(DemoCatalogue.BLOCKERS, random) : null;
		return new NewCheckIn(week.value(), week.confidence(), note, blockers);
	}

}
