package dev.lodestar.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCyclesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	private static final Instant CREATED = Instant.parse("2026-09-01T09:00:00Z");

	private final Cycle quarter = cycle("Q4 2026", "2026-10-01", "2026-12-31", Phase.EXECUTE, 0);

	@Test
	void aYearlyCycleAddedBesideTheQuarterInExecuteLeavesTheQuarterCurrent() {
		Cycle year = cycle("2026", "2026-01-01", "2026-12-31", Phase.PREPARE, 60);
		OpenCycles open = new OpenCycles(List.of(year, this.quarter));
		assertThat(open.current(TODAY)).contains(this.quarter);
		assertThat(open.running(TODAY)).containsExactly(this.quarter, year);
	}

	@Test
	void aSecondCycleOverTheSameDatesLeavesTheOneInExecuteCurrent() {
		Cycle copy = cycle("Q4 2026 again", "2026-10-01", "2026-12-31", Phase.PREPARE, 60);
		assertThat(new OpenCycles(List.of(copy, this.quarter)).current(TODAY)).contains(this.quarter);
		assertThat(new OpenCycles(List.of(this.quarter, copy)).current(TODAY)).contains(this.quarter);
	}

	@Test
	void executeComesBeforeReflectBeforeSetBeforePrepare() {
		Cycle reflecting = cycle("A", "2026-11-01", "2026-11-30", Phase.REFLECT, 1);
		Cycle setting = cycle("B", "2026-09-01", "2026-12-31", Phase.SET, 2);
		Cycle preparing = cycle("C", "2026-08-01", "2026-12-31", Phase.PREPARE, 3);
		OpenCycles open = new OpenCycles(List.of(preparing, setting, reflecting, this.quarter));
		assertThat(open.running(TODAY)).containsExactly(this.quarter, reflecting, setting, preparing);
		assertThat(new OpenCycles(List.of(preparing, setting)).current(TODAY)).contains(setting);
	}

	@Test
	void betweenCyclesInTheSamePhaseTheOneStartedFirstThenCreatedFirstIsCurrent() {
		Cycle year = cycle("2026", "2026-01-01", "2026-12-31", Phase.EXECUTE, 60);
		assertThat(new OpenCycles(List.of(this.quarter, year)).current(TODAY)).contains(year);
		Cycle twin = cycle("Q4 2026 twin", "2026-10-01", "2026-12-31", Phase.EXECUTE, 60);
		assertThat(new OpenCycles(List.of(twin, this.quarter)).current(TODAY)).contains(this.quarter);
	}

	@Test
	void withNoCycleAroundTodayTheNextToStartIsCurrentElseTheOneThatEndedLast() {
		Cycle next = cycle("Q1 2027", "2027-01-01", "2027-03-31", Phase.PREPARE, 1);
		Cycle later = cycle("Q2 2027", "2027-04-01", "2027-06-30", Phase.PREPARE, 0);
		assertThat(new OpenCycles(List.of(later, next)).current(TODAY)).contains(next);
		Cycle old = cycle("Q2 2026", "2026-04-01", "2026-06-30", Phase.REFLECT, 0);
		Cycle older = cycle("Q1 2026", "2026-01-01", "2026-03-31", Phase.REFLECT, 0);
		assertThat(new OpenCycles(List.of(old, older)).current(TODAY)).contains(old);
		assertThat(new OpenCycles(List.of()).current(TODAY)).isEmpty();
	}

	private static Cycle cycle(String name, String start, String end, Phase phase, long createdAfterSeconds) {
		return new Cycle(CycleId.random(), name, LocalDate.parse(start), LocalDate.parse(end), phase,
				CREATED.plusSeconds(createdAfterSeconds), 0L);
	}

}
