package dev.lodestar.web;

import org.junit.jupiter.api.Test;

import dev.lodestar.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ETagsTests {

	@Test
	void etagIsTheQuotedVersion() {
		assertThat(ETags.of(3)).isEqualTo("\"3\"");
		assertThat(ETags.of(0)).isEqualTo("\"0\"");
	}

	@Test
	void strongTagNamesItsVersion() {
		assertThat(ETags.expectedVersion("\"3\"", "cycle")).isEqualTo(3L);
		assertThat(ETags.expectedVersion("  \"12\"  ", "cycle")).isEqualTo(12L);
	}

	@Test
	void weakTagNamesItsVersion() {
		assertThat(ETags.expectedVersion("W/\"3\"", "cycle")).isEqualTo(3L);
	}

	@Test
	void etagRoundTrips() {
		assertThat(ETags.expectedVersion(ETags.of(42), "objective")).isEqualTo(42L);
	}

	@Test
	void starOrNoHeaderExpectsNoVersion() {
		assertThat(ETags.expectedVersion("*", "cycle")).isNull();
		assertThat(ETags.expectedVersion(" * ", "cycle")).isNull();
		assertThat(ETags.expectedVersion(null, "cycle")).isNull();
		assertThat(ETags.expectedVersion("", "cycle")).isNull();
		assertThat(ETags.expectedVersion("   ", "cycle")).isNull();
	}

	@Test
	void garbageMatchesNoVersion() {
		for (String ifMatch : new String[] { "abc", "\"abc\"", "W/", "\"\"", "\"3.5\"", "W/\"x\"" }) {
			assertThatExceptionOfType(StaleVersionException.class).as(ifMatch)
				.isThrownBy(() -> ETags.expectedVersion(ifMatch, "cycle"))
				.withMessageContaining(ifMatch)
				.withMessageContaining("cycle");
		}
	}

}
