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
		assertThat(chart.expectedLine()).isEqualTo("76.0,224.0 620.0,34.0");
		assertThat(chart.actualLine()).startsWith("76.0,129.0 ");
		assertThat(chart.actualLine().split(" ")).hasSize(chart.points().size());
	}

	@Test
	void anEndedCycleSaysSo() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-05-01"), this.cycle::elapsedShare,
				(day) -> 0.72);
		assertThat(chart.summary())
			.isEqualTo("Progress against expected: the cycle has ended at 72 % progress, 100 % expected.");
	}

	@Test
	void aMilestoneIsExpectedDoneByTheCycleEndSoItsExpectedLineIsAStep() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.0, ProgressChart.Scale.milestone());
		assertThat(chart.expectedLine()).as("flat along the bottom to the end, then straight up")
			.isEqualTo("76.0,224.0 620.0,224.0 620.0,34.0");
		assertThat(chart.points()).extracting(ProgressChart.Point::expected).containsOnly(0.0);
		assertThat(chart.ticks()).extracting(ProgressChart.Tick::label).containsExactly("not done", "done");
		assertThat(chart.axisTitle()).isEqualTo("Done?");
		assertThat(chart.targetLabel()).isEqualTo("Target done");
		assertThat(chart.summary()).isEqualTo("A milestone, expected done by the cycle's end: today it is not done.");
	}

	@Test
	void aMilestoneDoneMidwayStepsUpInsteadOfSloping() {
		LocalDate done = LocalDate.parse("2027-01-20");
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-01-29"), this.cycle::elapsedShare,
				(day) -> day.isBefore(done) ? 0.0 : 1.0, ProgressChart.Scale.milestone());
		// samples on 1, 8, 15, 22 and 29 January: not done up to the 15th, done from the
		// 22nd
		String x22 = ProgressChart.x(21.0 / 90);
		assertThat(chart.actualLine()).contains(x22 + ",224.0 " + x22 + ",34.0");
		assertThat(chart.actualLine().split(" ")).hasSize(chart.points().size() + 1);
	}

	@Test
	void anEndedCycleExpectsTheMilestoneDone() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-05-01"), this.cycle::elapsedShare,
				(day) -> 1.0, ProgressChart.Scale.milestone());
		assertThat(chart.latest().expected()).isEqualTo(1.0);
		assertThat(chart.showsToday()).isFalse();
		assertThat(chart.summary()).endsWith("at the end it is done.");
	}

	@Test
	void aMetricLabelsItsValueAxisInItsUnitAndDrawsItsTarget() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.5, ProgressChart.Scale.values(62, 80, "%"));
		assertThat(chart.axisTitle()).isEqualTo("Value (%)");
		assertThat(chart.ticks()).extracting(ProgressChart.Tick::label)
			.containsExactly("62", "66.5", "71", "75.5", "80");
		assertThat(chart.targetLabel()).isEqualTo("Target 80 %");
		assertThat(chart.targetY()).isEqualTo("34.0");
		assertThat(chart.expectedLine()).as("an even ramp").isEqualTo("76.0,224.0 620.0,34.0");
		assertThat(chart.figure(0.5)).isEqualTo("71 %");
		assertThat(chart.summary()).endsWith("The target is 80 %.");
	}

	@Test
	void aFallingMetricCountsDownTowardsItsTarget() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.25, ProgressChart.Scale.values(14, 8, "days"));
		assertThat(chart.ticks()).extracting(ProgressChart.Tick::label).containsExactly("14", "12.5", "11", "9.5", "8");
		assertThat(chart.axisTitle()).isEqualTo("Value (days)");
		assertThat(chart.targetLabel()).isEqualTo("Target 8 days");
	}

	@Test
	void theTimeAxisNamesTodayAndKeepsItsLabelInsideThePlot() {
		ProgressChart middle = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.5);
		assertThat(middle.showsToday()).isTrue();
		assertThat(middle.today()).isEqualTo(LocalDate.parse("2027-02-15"));
		assertThat(middle.todayAnchor()).isEqualTo("middle");
		assertThat(ProgressChart.of(START, END, LocalDate.parse("2027-01-05"), this.cycle::elapsedShare, (day) -> 0)
			.todayAnchor()).isEqualTo("start");
		assertThat(ProgressChart.of(START, END, LocalDate.parse("2027-03-28"), this.cycle::elapsedShare, (day) -> 0)
			.todayAnchor()).isEqualTo("end");
	}

	@Test
	void anObjectiveChartReadsInProgressWithoutATarget() {
		ProgressChart chart = ProgressChart.of(START, END, LocalDate.parse("2027-02-15"), this.cycle::elapsedShare,
				(day) -> 0.5);
		assertThat(chart.axisTitle()).isEqualTo("Progress");
		assertThat(chart.ticks()).extracting(ProgressChart.Tick::label)
			.containsExactly("0 %", "25 %", "50 %", "75 %", "100 %");
		assertThat(chart.targetLabel()).isNull();
	}

}
