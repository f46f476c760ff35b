package dev.lodestar.maturity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage rules and what to focus on, on signals set by hand.
 */
class MaturityTests {

	private static final Signals STRONG = new Signals(0.8, 0.7, 0.8, 0.3, 1.0, 0.2);

	@Test
	void beforeAnyClosedCycleAProgramIsInItsFirstCycleWithTheHabitsItBuilds() {
		Maturity maturity = Maturity.of(0, Signals.NONE);

		assertThat(maturity.stage()).isEqualTo(Stage.FIRST_CYCLE);
		assertThat(maturity.expectations()).anySatisfy((line) -> assertThat(line).contains("normal in a first cycle"));
		assertThat(maturity.focus()).hasSize(3);
		assertThat(maturity.focus().get(1)).contains("Check in every week");
	}

	@Test
	void oneOrTwoCyclesCompletedIsLearningWhateverTheSignals() {
		assertThat(Maturity.of(1, STRONG).stage()).isEqualTo(Stage.LEARNING);
		assertThat(Maturity.of(2, STRONG).stage()).isEqualTo(Stage.LEARNING);
	}

	@Test
	void threeCyclesWithBaselinesRegularCheckInsAndRetrospectivesIsMastery() {
		assertThat(Maturity.of(3, STRONG).stage()).isEqualTo(Stage.MASTERY);
		assertThat(Maturity.of(7, STRONG).stage()).isEqualTo(Stage.MASTERY);
		// exactly at each threshold still counts
		assertThat(Maturity.of(3, new Signals(0.6, 0.5, 0.1, 0.0, 2.0 / 3, null)).stage()).isEqualTo(Stage.MASTERY);
	}

	@Test
	void threeCyclesWithoutWhatMasteryNeedsStayLearning() {
		assertThat(Maturity.of(3, new Signals(0.8, 0.4, 0.8, 0.3, 1.0, 0.2)).stage()).isEqualTo(Stage.LEARNING);
		assertThat(Maturity.of(3, new Signals(0.5, 0.7, 0.8, 0.3, 1.0, 0.2)).stage()).isEqualTo(Stage.LEARNING);
		assertThat(Maturity.of(3, new Signals(0.8, 0.7, 0.8, 0.3, 0.5, 0.2)).stage()).isEqualTo(Stage.LEARNING);
		assertThat(Maturity.of(3, new Signals(0.8, null, 0.8, 0.3, 1.0, 0.2)).stage()).isEqualTo(Stage.LEARNING);
	}

	@Test
	void aLearningProgramFocusesOnItsWeakestSignalsBaselinesFirstAtMostThree() {
		Maturity maturity = Maturity.of(2, new Signals(0.3, 0.2, 0.4, 0.0, 0.0, 0.1));

		assertThat(maturity.focus()).hasSize(3);
		assertThat(maturity.focus().get(0)).startsWith("Find baselines: 20 %");
		assertThat(maturity.focus().get(1)).startsWith("Check in every week: 30 %");
		assertThat(maturity.focus().get(2)).startsWith("Write key results as outcomes: 40 %");
	}

	@Test
	void aMatureProgramLooksAcrossTeamsFirst() {
		Maturity maturity = Maturity.of(4, new Signals(0.9, 0.8, 0.9, 0.05, 1.0, 0.2));

		assertThat(maturity.stage()).isEqualTo(Stage.MASTERY);
		assertThat(maturity.focus()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("Share an objective with a team you depend on: 5 %"));
	}

	@Test
	void withEverySignalWhereItShouldBeTheFocusIsToKeepTheRhythm() {
		assertThat(Maturity.of(5, STRONG).focus()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("Keep the rhythm"));
	}

	@Test
	void aSignalThatCouldNotBeMeasuredIsNoAdvice() {
		Maturity maturity = Maturity.of(1, new Signals(null, null, null, null, null, null));

		assertThat(maturity.stage()).isEqualTo(Stage.LEARNING);
		assertThat(maturity.focus()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("Keep the rhythm"));
	}

}
