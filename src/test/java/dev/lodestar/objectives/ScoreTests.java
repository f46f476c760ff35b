package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScoreTests {

	private static final Instant NOW = Instant.parse("2027-03-31T12:00:00Z");

	@Test
	void bandsFollowTheRoundedScore() {
		assertThat(Score.Band.of(0.0)).isEqualTo(Score.Band.LOW);
		assertThat(Score.Band.of(0.3)).isEqualTo(Score.Band.LOW);
		assertThat(Score.Band.of(0.34)).isEqualTo(Score.Band.LOW);
		assertThat(Score.Band.of(0.35)).isEqualTo(Score.Band.MIDDLE);
		assertThat(Score.Band.of(0.6)).isEqualTo(Score.Band.MIDDLE);
		assertThat(Score.Band.of(0.649)).isEqualTo(Score.Band.MIDDLE);
		assertThat(Score.Band.of(0.65)).isEqualTo(Score.Band.HIGH);
		assertThat(Score.Band.of(1.0)).isEqualTo(Score.Band.HIGH);
	}

	@Test
	void committedObjectivesAreExpectedToReachOne() {
		assertThat(Score.meets(ObjectiveKind.COMMITTED, 1.0)).isTrue();
		assertThat(Score.meets(ObjectiveKind.COMMITTED, 0.96)).isTrue();
		assertThat(Score.meets(ObjectiveKind.COMMITTED, 0.9)).isFalse();
		assertThat(Score.meets(ObjectiveKind.COMMITTED, 0.7)).isFalse();
	}

	@Test
	void aspirationalObjectivesSucceedAtSevenTenths() {
		assertThat(Score.meets(ObjectiveKind.ASPIRATIONAL, 0.7)).isTrue();
		assertThat(Score.meets(ObjectiveKind.ASPIRATIONAL, 0.66)).isTrue();
		assertThat(Score.meets(ObjectiveKind.ASPIRATIONAL, 0.64)).isFalse();
		assertThat(Score.meets(ObjectiveKind.ASPIRATIONAL, 1.0)).isTrue();
	}

	@Test
	void scoresReadWithOneDecimal() {
		assertThat(Score.format(0.666)).isEqualTo("0.7");
		assertThat(Score.format(0.0)).isEqualTo("0.0");
		assertThat(Score.format(1.0)).isEqualTo("1.0");
	}

	@Test
	void enteringReflectScoresAKeyResultFromItsProgress() {
		KeyResult scored = metric(10, 50, 30).scoredFromProgress();
		assertThat(scored.score()).isEqualTo(0.5);
		assertThat(scored.scoreReason()).isNull();
		assertThat(scored.followsProgress()).isTrue();
	}

	@Test
	void aScoreThatDiffersFromTheProgressNeedsAReason() {
		KeyResult scored = metric(10, 50, 30).scoredFromProgress();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> scored.withScore(0.8, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("scoreReason"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> scored.withScore(0.8, "  "))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("scoreReason"));
		KeyResult adjusted = scored.withScore(0.8, "The last deal closed the day after the cycle ended");
		assertThat(adjusted.score()).isEqualTo(0.8);
		assertThat(adjusted.followsProgress()).isFalse();
	}

	@Test
	void aScoreOutsideZeroToOneIsRefused() {
		KeyResult scored = metric(10, 50, 30).scoredFromProgress();
		for (double wrong : new double[] { -0.1, 1.01, Double.NaN }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> scored.withScore(wrong, "a reason"))
				.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("score"));
		}
	}

	@Test
	void aScoreSetBackToTheProgressFollowsCheckInsAgain() {
		KeyResult adjusted = metric(10, 50, 30).scoredFromProgress().withScore(0.9, "a reason");
		KeyResult back = adjusted.withScore(0.5, null);
		assertThat(back.followsProgress()).isTrue();
		KeyResult checkedIn = back.checkedIn(42.0, 8, NOW);
		assertThat(checkedIn.score()).isEqualTo(0.8);
		assertThat(adjusted.checkedIn(42.0, 8, NOW).score()).isEqualTo(0.9);
	}

	@Test
	void anObjectiveScoresTheWeightedMeanOnceEveryKeyResultIsScored() {
		KeyResult half = metric(0, 10, 5).scoredFromProgress();
		KeyResult full = metric(0, 10, 10).withChanges(null, null, null, null, null, 3.0).scoredFromProgress();
		assertThat(KeyResult.scoreOf(List.of(half, full))).isEqualTo((0.5 + 3 * 1.0) / 4);
		assertThat(KeyResult.scoreOf(List.of(half, metric(0, 10, 10)))).isNull();
		assertThat(KeyResult.scoreOf(List.of())).isNull();
	}

	private static KeyResult metric(double start, double target, double current) {
		KeyResult created = KeyResult.create(ObjectiveId.random(), "Weekly active teams", PersonId.random(),
				KeyResultType.METRIC, start, target, null, null, NOW.minusSeconds(3600));
		return (current != start) ? created.checkedIn(current, 7, NOW.minusSeconds(60)) : created;
	}

}
