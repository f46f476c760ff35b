package dev.lodestar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatSinceTests {

	private static final Instant NOW = Instant.parse("2027-01-14T15:00:00Z");

	private final Format format = new Format(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void recentMomentsAreToldToTheMinuteThenByTheDay() {
		assertThat(this.format.since(NOW.minusSeconds(20))).isEqualTo("just now");
		assertThat(this.format.since(NOW.minusSeconds(70))).isEqualTo("a minute ago");
		assertThat(this.format.since(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 minutes ago");
		assertThat(this.format.since(NOW.minus(Duration.ofMinutes(61)))).isEqualTo("an hour ago");
		assertThat(this.format.since(NOW.minus(Duration.ofHours(23)))).isEqualTo("23 hours ago");
		assertThat(this.format.since(NOW.minus(Duration.ofHours(30)))).isEqualTo("yesterday");
		assertThat(this.format.since(NOW.minus(Duration.ofDays(5)))).isEqualTo("5 days ago");
		assertThat(this.format.since(null)).isEqualTo("never");
	}

}
