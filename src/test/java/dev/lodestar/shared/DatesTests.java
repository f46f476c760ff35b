package dev.lodestar.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	@Test
	void datesAreWrittenYyyyMmDdFromYear1ToYear9999() {
		assertThat(Dates.parseOrNull("2027-01-04")).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(Dates.parseOrNull("0001-01-01")).isEqualTo(Dates.EARLIEST);
		assertThat(Dates.parseOrNull("9999-12-31")).isEqualTo(Dates.LATEST);
		assertThat(Dates.parseOrNull("+999999999-12-27")).isNull();
		assertThat(Dates.parseOrNull("-999999999-01-01")).isNull();
		assertThat(Dates.parseOrNull("0000-12-31")).isNull();
		assertThat(Dates.parseOrNull("+10000-01-01")).isNull();
		assertThat(Dates.parseOrNull("2027-02-30")).isNull();
		assertThat(Dates.parseOrNull("٢٠٢٧-٠١-٠٤")).isNull();
	}

	@Test
	void textWithALoneSurrogateOrNulCannotBeKept() {
		assertThat(Text.unkeepable("Star \uD83C\uDF1F")).isNull();
		assertThat(Text.unkeepable("Half \uD800")).contains("surrogate");
		assertThat(Text.unkeepable("\uDC00 first")).contains("surrogate");
		assertThat(Text.unkeepable("\uD800\uD800\uDC00")).contains("surrogate");
		assertThat(Text.unkeepable("Nul\u0000")).contains("NUL");
	}

}
