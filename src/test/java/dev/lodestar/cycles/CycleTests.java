package dev.lodestar.cycles;

import java.time.Instant;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CycleTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2026, 1, 11);

	@Test
	void newCycleStartsInPrepareWithItsTrimmedName() {
		Cycle cycle = Cycle.create("  Q1 2026  ", START, END, NOW);
		assertThat(cycle.phase()).isEqualTo(Phase.PREPARE);
		assertThat(cycle.name()).isEqualTo("Q1 2026");
		assertThat(cycle.startDate()).isEqualTo(START);
		assertThat(cycle.endDate()).isEqualTo(END);
		assertThat(cycle.createdAt()).isEqualTo(NOW);
		assertThat(cycle.id()).isNotNull();
		assertThat(cycle.isClosed()).isFalse();
	}

	@Test
	void phasesMoveForwardOneStepAtATimeUntilClosed() {
		Cycle cycle = Cycle.create("Q1 2026", START, END, NOW);
		cycle = cycle.advanceTo(Phase.SET);
		assertThat(cycle.phase()).isEqualTo(Phase.SET);
		cycle = cycle.advanceTo(Phase.EXECUTE);
		assertThat(cycle.phase()).isEqualTo(Phase.EXECUTE);
		cycle = cycle.advanceTo(Phase.REFLECT);
		assertThat(cycle.phase()).isEqualTo(Phase.REFLECT);
		cycle = cycle.advanceTo(Phase.CLOSED);
		assertThat(cycle.phase()).isEqualTo(Phase.CLOSED);
		assertThat(cycle.isClosed()).isTrue();
	}

	@Test
	void movingOnKeepsEverythingElse() {
		Cycle cycle = new Cycle(CycleId.random(), "Q1 2026", START, END, Phase.SET, NOW, 4L);
		Cycle moved = cycle.advanceTo(Phase.EXECUTE);
		assertThat(moved).usingRecursiveComparison().ignoringFields("phase").isEqualTo(cycle);
	}

	@Test
	void skippingAPhaseIsRefused() {
		Cycle cycle = cycleIn(Phase.PREPARE);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> cycle.advanceTo(Phase.EXECUTE));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> cycle.advanceTo(Phase.CLOSED));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> cycleIn(Phase.SET).advanceTo(Phase.REFLECT));
	}

	@Test
	void goingBackIsRefused() {
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> cycleIn(Phase.EXECUTE).advanceTo(Phase.SET));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> cycleIn(Phase.REFLECT).advanceTo(Phase.PREPARE));
	}

	@Test
	void stayingInTheSamePhaseIsRefused() {
		for (Phase phase : new Phase[] { Phase.PREPARE, Phase.SET, Phase.EXECUTE, Phase.REFLECT }) {
			assertThatExceptionOfType(ConflictException.class).as(phase.value())
				.isThrownBy(() -> cycleIn(phase).advanceTo(phase));
		}
	}

	@Test
	void closedCycleRefusesEveryPhaseChange() {
		Cycle closed = cycleIn(Phase.CLOSED);
		for (Phase phase : Phase.values()) {
			assertThatExceptionOfType(ConflictException.class).as(phase.value())
				.isThrownBy(() -> closed.advanceTo(phase));
		}
	}

	@Test
	void closedCycleRefusesChanges() {
		Cycle closed = cycleIn(Phase.CLOSED);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(closed::requireOpen);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> closed.withName("Renamed"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> closed.withDates(START, END.plusDays(1)));
	}

	@Test
	void openCycleAcceptsChangesInEveryOtherPhase() {
		for (Phase phase : new Phase[] { Phase.PREPARE, Phase.SET, Phase.EXECUTE, Phase.REFLECT }) {
			Cycle cycle = cycleIn(phase);
			assertThatCode(cycle::requireOpen).as(phase.value()).doesNotThrowAnyException();
			assertThat(cycle.withName("Renamed").name()).isEqualTo("Renamed");
		}
	}

	@Test
	void endDateMustBeAfterStartDate() {
		assertInvalid(() -> Cycle.create("Q1", START, START, NOW), "endDate");
		assertInvalid(() -> Cycle.create("Q1", START, START.minusDays(1), NOW), "endDate");
		assertThat(Cycle.create("Q1", START, START.plusDays(1), NOW).endDate()).isEqualTo(START.plusDays(1));
	}

	@Test
	void datesAreRequired() {
		assertInvalid(() -> Cycle.create("Q1", null, END, NOW), "startDate");
		assertInvalid(() -> Cycle.create("Q1", START, null, NOW), "endDate");
	}

	@Test
	void changedDatesFollowTheSameRule() {
		Cycle cycle = cycleIn(Phase.SET);
		assertInvalid(() -> cycle.withDates(END, START), "endDate");
		assertInvalid(() -> cycle.withDates(START, START), "endDate");
		Cycle moved = cycle.withDates(START.plusDays(1), END.plusDays(1));
		assertThat(moved.startDate()).isEqualTo(START.plusDays(1));
		assertThat(moved.endDate()).isEqualTo(END.plusDays(1));
		assertThat(moved.phase()).isEqualTo(Phase.SET);
	}

	@Test
	void nameMustBeOneToTwoHundredCharactersAfterTrimming() {
		assertInvalid(() -> Cycle.create("   ", START, END, NOW), "name");
		assertInvalid(() -> Cycle.create(null, START, END, NOW), "name");
		assertInvalid(() -> Cycle.create("x".repeat(201), START, END, NOW), "name");
		assertThat(Cycle.create("x".repeat(200), START, END, NOW).name()).hasSize(200);
		assertInvalid(() -> cycleIn(Phase.SET).withName(" "), "name");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertInvalid(() -> Cycle.create("", START, START, NOW), "name", "endDate");
	}

	@Test
	void elapsedShareIsZeroUntilTheCycleStarts() {
		Cycle cycle = cycleIn(Phase.EXECUTE);
		assertThat(cycle.elapsedShare(START.minusDays(30))).isEqualTo(0.0);
		assertThat(cycle.elapsedShare(START)).isEqualTo(0.0);
	}

	@Test
	void elapsedShareIsOneOnceTheLastDayIsOver() {
		Cycle cycle = cycleIn(Phase.EXECUTE);
		assertThat(cycle.elapsedShare(END)).isCloseTo(10.0 / 11.0, within(1e-9));
		assertThat(cycle.elapsedShare(END.plusDays(1))).isEqualTo(1.0);
		assertThat(cycle.elapsedShare(END.plusDays(30))).isEqualTo(1.0);
	}

	@Test
	void elapsedShareGrowsInProportionOverTheCycleDays() {
		Cycle cycle = cycleIn(Phase.EXECUTE);
		assertThat(cycle.elapsedShare(START.plusDays(1))).isCloseTo(1.0 / 11.0, within(1e-9));
		assertThat(cycle.elapsedShare(START.plusDays(5))).isCloseTo(5.0 / 11.0, within(1e-9));
		assertThat(cycle.elapsedShare(END.minusDays(1))).isCloseTo(9.0 / 11.0, within(1e-9));
	}

	@Test
	void elapsedShareOfAQuarterCountsBothEndDates() {
		Cycle quarter = new Cycle(CycleId.random(), "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
				Phase.EXECUTE, NOW, 0L);
		assertThat(quarter.elapsedShare(LocalDate.of(2026, 2, 15))).isCloseTo(45.0 / 90.0, within(1e-9));
	}

	@Test
	void advancingToNoPhaseNamesTheField() {
		assertThatThrownBy(() -> cycleIn(Phase.SET).advanceTo(null)).isInstanceOfSatisfying(
				dev.lodestar.shared.InvalidInputException.class,
				(ex) -> assertThat(ex.errors().get(0).field()).isEqualTo("phase"));
	}

	@Test
	void aCycleThatNeverReachedExecuteCannotBeClosed() {
		for (Phase before : new Phase[] { Phase.PREPARE, Phase.SET }) {
			assertThatThrownBy(() -> cycleIn(before).advanceTo(Phase.CLOSED)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("never reached execute");
		}
		assertThat(cycleIn(Phase.REFLECT).advanceTo(Phase.CLOSED).phase()).isEqualTo(Phase.CLOSED);
	}

	@Test
	void namesThatDifferOnlyInCaseOrSurroundingSpacesShareTheirKey() {
		assertThat(Cycle.create(" q4 2026 ", START, END, NOW).nameKey())
			.isEqualTo(Cycle.create("Q4 2026", START, END, NOW).nameKey());
		assertThat(Cycle.create("Q4 2026", START, END, NOW).nameKey())
			.isNotEqualTo(Cycle.create("Q4  2026", START, END, NOW).nameKey());
		assertThat(cycleIn(Phase.SET).withName("Renamed").nameKey()).isEqualTo("renamed");
		assertThat(cycleIn(Phase.SET).advanceTo(Phase.EXECUTE).nameKey()).isEqualTo("q1 2026");
	}

	private static Cycle cycleIn(Phase phase) {
		return new Cycle(CycleId.random(), "Q1 2026", START, END, phase, NOW, 0L);
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
