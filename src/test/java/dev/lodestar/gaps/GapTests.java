package dev.lodestar.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;

import static org.assertj.core.api.Assertions.assertThat;

class GapTests {

	private static final Instant NOW = Instant.parse("2027-02-15T10:00:00Z");

	private static final Instant STARTED_LONG_AGO = NOW.minus(Duration.ofDays(45));

	@Test
	void gapIsExpectedLessActualProgress() {
		Gap behind = gap(0.2, 0.5, 7, 7, NOW.minus(Duration.ofDays(2)), STARTED_LONG_AGO);
		Gap ahead = gap(0.8, 0.5, 7, 7, NOW.minus(Duration.ofDays(2)), STARTED_LONG_AGO);
		assertThat(behind.gap()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(ahead.gap()).isEqualTo(-0.3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(behind.flags()).isEmpty();
	}

	@Test
	void milestoneIsNotBehindBeforeTheCycleEnds() {
		assertThat(Gap.of(0, 0.7, true)).isZero();
		assertThat(Gap.of(1, 0.7, true)).isZero();
		assertThat(Gap.of(0, 1, true)).isEqualTo(1);
		assertThat(Gap.of(1, 1, true)).isZero();
		assertThat(Gap.of(0, 0.7, false)).isEqualTo(0.7);
	}

	@Test
	void offTrackNeedsAttentionBeforeAtRiskBeforeUnknownBeforeOnTrack() {
		assertThat(Gap.attention(2)).isLessThan(Gap.attention(5));
		assertThat(Gap.attention(5)).isLessThan(Gap.attention(null));
		assertThat(Gap.attention(null)).isLessThan(Gap.attention(8));
	}

	@Test
	void keyResultWithoutCheckInForFourteenDaysIsStale() {
		assertThat(gap(0.2, 0.5, 7, null, NOW.minus(Duration.ofDays(14)), STARTED_LONG_AGO).flags())
			.containsExactly(GapFlag.STALE);
		assertThat(gap(0.2, 0.5, 7, null, NOW.minus(Duration.ofDays(13)), STARTED_LONG_AGO).flags()).isEmpty();
	}

	@Test
	void keyResultNeverCheckedInIsStaleOnlyAfterTheCyclesFirstFourteenDays() {
		assertThat(gap(0, 0.1, null, null, null, NOW.minus(Duration.ofDays(13))).flags()).isEmpty();
		assertThat(gap(0, 0.1, null, null, null, NOW.minus(Duration.ofDays(14))).flags())
			.containsExactly(GapFlag.STALE);
	}

	@Test
	void fallOfTwoOrMoreIsAConfidenceDrop() {
		Gap dropped = gap(0.4, 0.5, 6, 8, NOW, STARTED_LONG_AGO);
		assertThat(dropped.confidenceChange()).isEqualTo(-2);
		assertThat(dropped.flags()).containsExactly(GapFlag.CONFIDENCE_DROP);
		assertThat(gap(0.4, 0.5, 7, 8, NOW, STARTED_LONG_AGO).flags()).isEmpty();
		assertThat(gap(0.4, 0.5, 7, null, NOW, STARTED_LONG_AGO).confidenceChange()).isNull();
	}

	@Test
	void confidenceOfThreeOrLessIsOffTrack() {
		assertThat(gap(0.4, 0.5, 3, 3, NOW, STARTED_LONG_AGO).flags()).containsExactly(GapFlag.OFF_TRACK);
		assertThat(gap(0.4, 0.5, 4, 4, NOW, STARTED_LONG_AGO).flags()).isEmpty();
		assertThat(gap(0.4, 0.5, 2, 9, NOW.minus(Duration.ofDays(20)), STARTED_LONG_AGO).flags())
			.containsExactlyInAnyOrder(GapFlag.STALE, GapFlag.CONFIDENCE_DROP, GapFlag.OFF_TRACK);
	}

	private static Gap gap(double progress, double expected, Integer confidence, Integer previous, Instant lastCheckIn,
			Instant cycleStart) {
		return Gap.of(new KeyResultId(UUID.randomUUID()), new ObjectiveId(UUID.randomUUID()), "Objective", null,
				"Key result", progress, expected, confidence, previous, lastCheckIn, cycleStart, NOW, false);
	}

	private static Gap gap(String title, double progress, double expected) {
		return Gap.of(new KeyResultId(UUID.randomUUID()), new ObjectiveId(UUID.randomUUID()), "Objective", null, title,
				progress, expected, 7, 7, NOW, STARTED_LONG_AGO, NOW, false);
	}

}
