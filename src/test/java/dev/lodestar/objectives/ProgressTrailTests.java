package dev.lodestar.objectives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.organization.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTrailTests {

	private static final Instant CREATED = Instant.parse("2027-01-01T00:00:00Z");

	private final KeyResult heavy = KeyResult.create(ObjectiveId.random(), "Revenue", PersonId.random(),
			KeyResultType.METRIC, 0.0, 100.0, "k€", 3.0, CREATED);

	private final KeyResult light = KeyResult.create(ObjectiveId.random(), "Launch", PersonId.random(),
			KeyResultType.MILESTONE, null, null, null, 1.0, CREATED);

	@Test
	void beforeAnyCheckInKeyResultsCountAtTheirStart() {
		ProgressTrail trail = new ProgressTrail(List.of(this.heavy, this.light), Map.of());
		assertThat(trail.at(Instant.parse("2027-02-01T00:00:00Z"))).isZero();
	}

	@Test
	void eachKeyResultCountsItsLatestCheckInByThenWeighted() {
		ProgressTrail trail = new ProgressTrail(List.of(this.heavy, this.light),
				Map.of(this.heavy.id(), List.of(point("2027-01-10T09:00:00Z", 20), point("2027-01-20T09:00:00Z", 60)),
						this.light.id(), List.of(point("2027-01-25T09:00:00Z", 1))));
		assertThat(trail.at(Instant.parse("2027-01-15T00:00:00Z"))).isCloseTo(0.2 * 3 / 4, within(1e-9));
		assertThat(trail.at(Instant.parse("2027-01-22T00:00:00Z"))).isCloseTo(0.6 * 3 / 4, within(1e-9));
		assertThat(trail.at(Instant.parse("2027-02-01T00:00:00Z"))).isCloseTo((0.6 * 3 + 1) / 4, within(1e-9));
	}

	@Test
	void todayCountsTheCheckInsMadeSoFarToday() {
		ProgressTrail trail = new ProgressTrail(List.of(this.heavy),
				Map.of(this.heavy.id(), List.of(point("2027-01-10T09:00:00Z", 40))));
		LocalDate today = LocalDate.parse("2027-01-10");
		assertThat(trail.onDay(today, today, Instant.parse("2027-01-10T12:00:00Z"))).isCloseTo(0.4, within(1e-9));
		assertThat(trail.onDay(today, LocalDate.parse("2027-01-11"), Instant.parse("2027-01-11T12:00:00Z"))).isZero();
	}

	private static CheckInHistory.Point point(String at, double value) {
		return new CheckInHistory.Point(Instant.parse(at), value, 7);
	}

}
