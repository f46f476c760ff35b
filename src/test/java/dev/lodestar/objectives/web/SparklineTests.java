package dev.lodestar.objectives.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTests {

	private static final Instant END = Instant.parse("2026-12-01T12:00:00Z");

	private final KeyResult keyResult = KeyResult.create(new ObjectiveId(UUID.randomUUID()), "Weekly active teams",
			new PersonId(UUID.randomUUID()), KeyResultType.METRIC, 0.0, 40.0, "teams", 1.0,
			END.minus(Sparkline.WINDOW));

	@Test
	void placesEachCheckInByItsMomentAndProgressWithOneDecimal() {
		Sparkline line = Sparkline.of(this.keyResult,
				List.of(new CheckInHistory.Point(END.minus(Sparkline.WINDOW), 0.0, 5),
						new CheckInHistory.Point(END.minus(Sparkline.WINDOW.dividedBy(2)), 13.0, 6),
						new CheckInHistory.Point(END, 40.0, 8)),
				END);

		assertThat(line.points()).isEqualTo("2.0,26.0 60.0,18.2 118.0,2.0 118.0,2.0");
		assertThat(line.label()).isEqualTo("Progress in the last 8 weeks: rose from 0 % to 100 % in 3 check-ins");
	}

	@Test
	void isEmptyWithoutCheckInsInTheWindow() {
		Sparkline line = Sparkline.of(this.keyResult,
				List.of(new CheckInHistory.Point(END.minus(Sparkline.WINDOW).minusSeconds(1), 10.0, 5)), END);

		assertThat(line.empty()).isTrue();
	}

}
