package dev.lodestar.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInRecorded;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveCreated;
import dev.lodestar.objectives.ObjectivePublished;
import dev.lodestar.organization.PersonId;
import dev.lodestar.web.Format;

/**
 * Writes the feed: one entry for each check-in, objective drafted or published, and phase
 * a cycle moves to, in the transaction of what caused it, so the feed never tells of what
 * did not happen.
 */
@Component
class ActivityLog {

	private final ActivityRepository entries;

	private final Cycles cycles;

	private final Format format;

	private final Clock clock;

	ActivityLog(ActivityRepository entries, Cycles cycles, Format format, Clock clock) {
		this.entries = entries;
		this.cycles = cycles;
		this.format = format;
		this.clock = clock;
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		KeyResult after = recorded.after();
		Objective objective = recorded.objective();
		String detail = "was " + value(recorded.before(), recorded.before().currentValue()) + ", now "
				+ value(after, recorded.checkIn().value()) + ", confidence " + recorded.checkIn().confidence();
		write(ActivityKind.CHECK_IN, objective, recorded.checkIn().authorId(), after.title(), detail,
				"/key-results/" + after.id(), recorded.checkIn().createdAt());
	}

	@EventListener
	void on(ObjectiveCreated created) {
		Objective objective = created.objective();
		write(ActivityKind.OBJECTIVE_CREATED, objective, created.by(), objective.title(), null,
				"/objectives/" + objective.id(), objective.createdAt());
	}

	@EventListener
	void on(ObjectivePublished published) {
		Objective objective = published.objective();
		write(ActivityKind.OBJECTIVE_PUBLISHED, objective, published.by(), objective.title(), null,
				"/objectives/" + objective.id(), this.clock.instant());
	}

	@EventListener
	void on(CyclePhaseChanged changed) {
		this.entries.insert(new ActivityEntry(UUID.randomUUID(), ActivityKind.PHASE_CHANGED, null, changed.by(),
				this.cycles.get(changed.cycleId()).name(), changed.to().value(), "/cycles", this.clock.instant()),
				List.of());
	}

	private String value(KeyResult keyResult, double value) {
		if (keyResult.type() == KeyResultType.MILESTONE) {
			return (value == 1) ? "done" : "not done";
		}
		return this.format.number(value) + ((keyResult.unit() != null) ? " " + keyResult.unit() : "");
	}

	private void write(ActivityKind kind, Objective objective, PersonId actor, String subject, String detail,
			String link, Instant at) {
		this.entries.insert(
				new ActivityEntry(UUID.randomUUID(), kind, objective.teamId(), actor, subject, detail, link, at),
				objective.sharedWith().teams());
	}

}
