package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.CycleId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The Brier score and the calibration buckets on examples worked out by hand.
 */
class CalibrationTests {

	private static final CycleId FIRST = new CycleId(UUID.randomUUID());

	private static final CycleId SECOND = new CycleId(UUID.randomUUID());

	@Test
	void theBrierScoreIsTheMeanSquaredDistanceFromWhatHappened() {
		// first cycle: 8 given three times to key results met, (0.8 − 1)² = 0.04 each;
		// once to one missed, 0.8² = 0.64; 3 given twice to missed ones, 0.3² = 0.09 each
		// second cycle: 10 given once to a missed one, 1² = 1
		Calibration calibration = Calibration.of(List.of(tally(FIRST, 8, true, 3), tally(FIRST, 8, false, 1),
				tally(FIRST, 3, false, 2), tally(SECOND, 10, false, 1)));

		// (0.12 + 0.64 + 0.18 + 1) / 7
		assertThat(calibration.brierScore()).isCloseTo(1.94 / 7, within(1e-12));
		assertThat(calibration.checkIns()).isEqualTo(7);
		assertThat(calibration.cycles()).extracting(Calibration.CycleScore::cycleId).containsExactly(FIRST, SECOND);
		assertThat(calibration.cycles().get(0).brierScore()).isCloseTo(0.94 / 6, within(1e-12));
		assertThat(calibration.cycles().get(0).checkIns()).isEqualTo(6);
		assertThat(calibration.cycles().get(1).brierScore()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void eachConfidenceHasABucketWithTheShareMet() {
		Calibration calibration = Calibration.of(List.of(tally(FIRST, 8, true, 3), tally(FIRST, 8, false, 1),
				tally(FIRST, 3, false, 2), tally(SECOND, 10, false, 1)));

		assertThat(calibration.buckets()).extracting(Calibration.Bucket::confidence)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(calibration.buckets().get(7)).isEqualTo(new Calibration.Bucket(8, 4, 0.75));
		assertThat(calibration.buckets().get(2)).isEqualTo(new Calibration.Bucket(3, 2, 0.0));
		assertThat(calibration.buckets().get(9)).isEqualTo(new Calibration.Bucket(10, 1, 0.0));
		assertThat(calibration.buckets().get(4)).isEqualTo(new Calibration.Bucket(5, 0, null));
	}

	@Test
	void confidenceAboveTheShareMetLeansOverConfident() {
		// a mean forecast of (0.8·4 + 0.3·2 + 1·1) / 7 = 0.686 against 3 of 7 met = 0.429
		Calibration calibration = Calibration.of(List.of(tally(FIRST, 8, true, 3), tally(FIRST, 8, false, 1),
				tally(FIRST, 3, false, 2), tally(SECOND, 10, false, 1)));

		assertThat(calibration.meanForecast()).isCloseTo(4.8 / 7, within(1e-12));
		assertThat(calibration.metShare()).isCloseTo(3.0 / 7, within(1e-12));
		assertThat(calibration.lean()).isEqualTo(Calibration.Lean.OVER_CONFIDENT);
	}

	@Test
	void confidenceBelowTheShareMetLeansUnderConfidentAndCloseIsCalibrated() {
		// 4 given to key results all met: 0.4 against 1.0
		assertThat(Calibration.of(List.of(tally(FIRST, 4, true, 5))).lean())
			.isEqualTo(Calibration.Lean.UNDER_CONFIDENT);
		// 7 given ten times, seven met: 0.7 against 0.7, Brier (0.09·7 + 0.49·3) / 10
		Calibration calibrated = Calibration.of(List.of(tally(FIRST, 7, true, 7), tally(FIRST, 7, false, 3)));
		assertThat(calibrated.lean()).isEqualTo(Calibration.Lean.CALIBRATED);
		assertThat(calibrated.brierScore()).isCloseTo(0.21, within(1e-12));
	}

	@Test
	void aPerfectForecastScoresZero() {
		Calibration calibration = Calibration.of(List.of(tally(FIRST, 10, true, 4)));

		assertThat(calibration.brierScore()).isZero();
	}

	@Test
	void withoutCheckInsThereIsNoScoreAndNoNumberThatIsNotOne() {
		Calibration calibration = Calibration.of(List.of());

		assertThat(calibration.brierScore()).isNull();
		assertThat(calibration.checkIns()).isZero();
		assertThat(calibration.cycles()).isEmpty();
		assertThat(calibration.buckets()).hasSize(10).allSatisfy((bucket) -> {
			assertThat(bucket.count()).isZero();
			assertThat(bucket.metShare()).isNull();
		});
		assertThat(calibration.meanForecast()).isNull();
		assertThat(calibration.metShare()).isNull();
		assertThat(calibration.lean()).isNull();
	}

	@Test
	void aConfidenceOutsideOneToTenIsNotATally() {
		assertThatIllegalArgumentException().isThrownBy(() -> tally(FIRST, 0, true, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> tally(FIRST, 11, true, 1));
	}

	private static Calibration.Tally tally(CycleId cycle, int confidence, boolean met, long count) {
		return new Calibration.Tally(cycle, (cycle == FIRST) ? "Q1" : "Q2",
				LocalDate.of(2026, (cycle == FIRST) ? 3 : 6, 30), confidence, met, count);
	}

}
