package dev.lodestar.objectives;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTests {

	@Test
	void aMeasuredKeyResultIsExpectedToMoveWithTheCycle() {
		assertThat(Pace.expected(KeyResultType.METRIC, 0.4)).isEqualTo(0.4);
		assertThat(Pace.expected(KeyResultType.PERCENTAGE, 0.4)).isEqualTo(0.4);
		assertThat(Pace.expected(KeyResultType.ROLLUP, 0.4)).isEqualTo(0.4);
	}

	@Test
	void aMilestoneIsExpectedDoneOnlyByTheCycleEnd() {
		assertThat(Pace.expected(KeyResultType.MILESTONE, 0.0)).isEqualTo(0.0);
		assertThat(Pace.expected(KeyResultType.MILESTONE, 0.99)).isEqualTo(0.0);
		assertThat(Pace.expected(KeyResultType.MILESTONE, 1.0)).isEqualTo(1.0);
	}

	@Test
	void theStatusIsTheWorseOfPaceAndConfidence() {
		assertThat(Pace.status(0.45, 0.5, null)).isEqualTo(ConfidenceBand.ON_TRACK);
		assertThat(Pace.status(0.35, 0.5, null)).isEqualTo(ConfidenceBand.AT_RISK);
		assertThat(Pace.status(0.2, 0.5, null)).isEqualTo(ConfidenceBand.OFF_TRACK);
		assertThat(Pace.status(0.6, 0.5, 5.0)).as("ahead, but the owners are unsure").isEqualTo(ConfidenceBand.AT_RISK);
		assertThat(Pace.status(0.2, 0.5, 9.0)).as("confident, but far behind").isEqualTo(ConfidenceBand.OFF_TRACK);
		assertThat(Pace.status(0.5, 0.5, 6.6)).as("6.6 rounds to 7").isEqualTo(ConfidenceBand.ON_TRACK);
	}

}
