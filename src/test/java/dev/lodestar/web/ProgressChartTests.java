package dev.lodestar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.Cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressChartTests {

	private static final LocalDate START = LocalDate.parse("2027-01-01");

	private static final LocalDate END = LocalDate.parse("2027-03-31");

	private final Cycle cycle = Cycle.create("2027 Q1", START, END, Instant.now());

	@Test
	void samplesTheStartOfEachWeekAndToday() {
		assertThat(ProgressChart.days(START, END, LocalDate.parse("2027-01-17"))).containsExactly(START,
				LocalDate.parse("2027-01-08"), LocalDate.parse("2027-01-15"), LocalDate.parse("2027-01-17"));
	}

	@Test
	void anEndedCycleEndsTheDayAfterItsLastDay() {
		List<LocalDate> days = ProgressChart.days(START, END, LocalDate.parse("2027-06-01"));
		assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.parse("2027-04-01"));
		assertThat(days).hasSize(14);
	}

	@Test
	void aCycleNotYetStartedHasOnlyItsFirstDay() {
		assertThat(ProgressChart.days(START, END, LocalDate.parse("2026-12-01"))).containsExactly(START);
	}

	@Test
	void pointsCarryTheExpectedAndActualShares() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-01-17"), this.cycle::elapsedShare,
				(day) -> 0.1);
		assertThat(chart.points()).extracting(ProgressChart.Point::expected)
			.containsExactly(0.0, 7.0 / 90, 14.0 / 90, 16.0 / 90);
		assertThat(chart.latest().actual()).isCloseTo(0.1, within(1e-9));
		assertThat(chart.summary()).isEqualTo("Progress against expected: today 18 % is expected and 10 % is reached.");
	}

	@Test
	void theExpectedLineIsTheDiagonalAndActualIsPlacedByTimePassed() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.5);
		assertThat(chart.expectedLine()).isEqualTo("60.0,220.0 620.0,14.0");
		assertThat(chart.actualLine()).startsWith("60.0,117.0 ");
		assertThat(chart.actualLine().split(" ")).hasSize(chart.points().size());
	}

	@Test
	void anEndedCycleSaysSo() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-05-01"), this.cycle::elapsedShare,
				(day) -> 0.72);
		assertThat(chart.summary())
			.isEqualTo("Progress against expected: the cycle has ended at 72 % progress, 100 % expected.");
	}

}
