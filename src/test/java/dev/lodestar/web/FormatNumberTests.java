package dev.lodestar.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatNumberTests {

	@Test
	void smallNumbersKeepTwoDecimalsAtMostAndNoNeedlessOnes() {
		assertThat(Format.figure(48)).isEqualTo("48");
		assertThat(Format.figure(53.5)).isEqualTo("53.5");
		assertThat(Format.figure(0.25)).isEqualTo("0.25");
		assertThat(Format.figure(1.0 / 3)).isEqualTo("0.33");
		assertThat(Format.figure(-0.001)).isEqualTo("0");
	}

	@Test
	void thousandsAreSeparatedBelowAMillion() {
		assertThat(Format.figure(12500)).isEqualTo("12,500");
		assertThat(Format.figure(-999_999.5)).isEqualTo("-999,999.5");
		assertThat(Format.figure(1234.567)).isEqualTo("1,234.57");
	}

	@Test
	void fromAMillionOnNumbersAreWrittenInWords() {
		assertThat(Format.figure(1_000_000)).isEqualTo("1 million");
		assertThat(Format.figure(2_540_000)).isEqualTo("2.5 million");
		assertThat(Format.figure(999_950_000)).isEqualTo("1 billion");
		assertThat(Format.figure(-42_000_000_000.0)).isEqualTo("-42 billion");
		assertThat(Format.figure(350e12)).isEqualTo("350 trillion");
		assertThat(Format.figure(999_999_999_999_999.0)).isEqualTo("1 quadrillion");
	}

	@Test
	void beyondWordsNumbersAreWrittenAsPowersOfTen() {
		assertThat(Format.figure(1e29)).isEqualTo("1 × 10²⁹");
		assertThat(Format.figure(-1.25e21)).isEqualTo("-1.3 × 10²¹");
		assertThat(Format.figure(1e308)).isEqualTo("1 × 10³⁰⁸");
		assertThat(Format.figure(Double.NaN)).isEqualTo("–");
	}

	@Test
	void nothingWrittenIsLongerThanAFewWords() {
		for (double value = 1; value < 1e300; value *= 7.3) {
			assertThat(Format.figure(value).length()).as("%s", value).isLessThanOrEqualTo(17);
			assertThat(Format.figure(-value).length()).as("%s", -value).isLessThanOrEqualTo(18);
		}
	}

}
