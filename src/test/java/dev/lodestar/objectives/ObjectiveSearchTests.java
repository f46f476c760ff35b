package dev.lodestar.objectives;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveSearchTests {

	@Test
	void wordsAreFoundAnywhere() {
		assertThat(ObjectiveSearch.containing("checkout")).isEqualTo("%checkout%");
	}

	@Test
	void percentAndUnderscoreAreTakenLiterally() {
		assertThat(ObjectiveSearch.containing("100%")).isEqualTo("%100!%%");
		assertThat(ObjectiveSearch.containing("net_revenue")).isEqualTo("%net!_revenue%");
	}

	@Test
	void theEscapeCharacterItselfIsEscaped() {
		assertThat(ObjectiveSearch.containing("wow!")).isEqualTo("%wow!!%");
	}

}
