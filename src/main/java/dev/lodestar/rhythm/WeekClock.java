package dev.lodestar.rhythm;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;

/**
 * The present as the rhythm sees it: now, and the week that holds it in the
 * organisation's time zone.
 */
@Component
class WeekClock {

	private final Program program;

	private final Clock clock;

	WeekClock(Program program, Clock clock) {
		this.program = program;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	ProgramSettings settings() {
		return this.program.settings();
	}

	Week thisWeek() {
		return Week.of(settings(), now());
	}

}
